import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/index.js';

const PAGE = `<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Báo X - Tin tức</title>
<meta property="og:title" content="Hội nghị Ban Chấp hành Đảng bộ tỉnh">
<meta property="article:published_time" content="2017-05-14T08:30:00+07:00">
<link rel="canonical" href="https://example.vn/tin/1.html">
<style>p { color: red }</style><script>var a = "<p>not text</p>";</script>
</head><body>
<nav class="menu"><ul><li>Trang chủ</li><li>Thời sự</li></ul></nav>
<div id="header"><div class="main-menu">Chính trị | Kinh tế</div></div>
<article>
<h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh</h1>
<p>Sáng 14/5, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị&nbsp;lần thứ 5.</p>
<p>Đồng chí Bí thư Tỉnh ủy chủ trì<br>hội nghị &amp; phát biểu.</p>
<div class="share-tools">Chia sẻ Facebook</div>
<h3>Bài cùng chuyên mục</h3>
<ul><li><a href="/2">Tin khác 1</a></li><li><a href="/3">Tin khác 2</a></li></ul>
</article>
<div class="comment-form"><form><textarea>Ý kiến</textarea><button>Gửi</button></form></div>
<div class="box">Lượt truy cập: 1.234.567</div>
<footer>Bản quyền © Báo X</footer>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the article with its paragraph breaks and drops the page furniture', () => {
    const page = htmlToText(PAGE);
    expect(page.text).toBe(
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\nSáng 14/5, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị\u00a0lần thứ 5.\n\nĐồng chí Bí thư Tỉnh ủy chủ trì\nhội nghị & phát biểu.',
    );
    expect(page.title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh');
    expect(page.published).toBe('2017-05-14');
    expect(page.url).toBe('https://example.vn/tin/1.html');
  });

  it('drops visitor counters and related-article blocks on pages without an <article>', () => {
    const page = htmlToText(`<body><div class="content"><p>Nội dung chính.</p><p>Tin liên quan:</p><p>Một tin khác</p></div>
      <div>Đang truy cập: 12</div><div><p>Hôm nay: 345</p></div></body>`);
    expect(page.text).toBe('Nội dung chính.');
  });

  it('decodes numeric and named character references', () => {
    expect(htmlToText('<p>&#272;&#7843;ng &#x1EC7; &agrave;&quot;</p>').text).toBe('Đảng ệ à"');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => void htmlToText(s)));
    fc.assert(fc.property(fc.array(fc.constantFrom('<p>', '</p>', '<div class="menu">', '</div>', '<br>', 'chữ', '<script>', '<!--', '&amp', '<li>', '</ul>')), (parts) => void htmlToText(parts.join(''))));
  });
});
