import { decodeEntities } from './html-entities.js';

/** What an HTML page yields: its article text with paragraph breaks, and metadata found in the head. */
export interface HtmlText {
  text: string;
  title?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not text to parse. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);
/** Elements that are never article text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'form', 'footer', 'aside', 'iframe', 'select', 'button', 'svg',
  'canvas', 'object', 'embed', 'video', 'audio', 'map', 'menu', 'input', 'textarea', 'head', 'dialog',
]);
/** Elements that start a new block of text. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements an opening tag of the same kind (or a block) closes implicitly. */
const AUTO_CLOSE: Record<string, ReadonlySet<string>> = {
  p: new Set(['p', 'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'nav', 'form']),
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  tr: new Set(['tr']),
  td: new Set(['td', 'th', 'tr']),
  th: new Set(['td', 'th', 'tr']),
  option: new Set(['option']),
};
/** class/id words of page furniture: menus, comment forms, counters, share bars, related-article lists, ads. */
const FURNITURE =
  /(^|[\s_-])(menu|navbar|nav|breadcrumbs?|sidebar|footer|comments?|binh-?luan|comment-form|counter|visitors?|luot-?truy-?cap|thong-?ke|share|social|sharing|related|tin-?lien-?quan|cung-?chuyen-?muc|tags?|banner|adv?s?|advert|quang-?cao|widget|login|search|pagination|print)($|[\s_-])/i;
/** Headings of the blocks that follow an article: "Bài cùng chuyên mục", "Tin liên quan"… */
const RELATED =
  /^(các |những )?(bài|tin|bài viết|tin bài)( khác)? ?(cùng chuyên mục|cùng chủ đề|liên quan|đã đưa|mới( nhất| hơn)?|cũ hơn|khác|đọc nhiều( nhất)?|xem nhiều( nhất)?|nổi bật)(?=$|[\s:.,(\[-])|^(ý kiến bạn đọc|bình luận|gửi bình luận|ý kiến của bạn|tags?|từ khóa|từ khoá|chia sẻ)(?=$|[\s:.,(\[-])/i;
/** Lines of visitor counters and similar widgets that slip through as plain text. */
const COUNTER = /^(lượt truy cập|số lượt truy cập|tổng (số )?lượt truy cập|đang (truy cập|online)|đang trực tuyến|hôm nay|hôm qua|trong tuần|trong tháng|tổng cộng|online|visitors?|truy cập)\s*[:：]?\s*[\d.,\s]*$/i;

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** A tolerant HTML parser: enough structure to drop page furniture and keep paragraphs. */
function parse(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const top = (): Element => stack[stack.length - 1]!;
  const tagRe = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<\/([A-Za-z][A-Za-z0-9:-]*)\s*>|<([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    if (m.index > last) top().children.push(html.slice(last, m.index));
    last = tagRe.lastIndex;
    const [, close, open, attrSrc] = m;
    if (open) {
      const tag = open.toLowerCase();
      const closes = AUTO_CLOSE[top().tag];
      if (closes?.has(tag)) stack.pop();
      const el: Element = { tag, attrs: parseAttrs(attrSrc ?? ''), children: [] };
      top().children.push(el);
      const selfClosing = /\/\s*$/.test(attrSrc ?? '');
      if (RAW.has(tag)) {
        const end = html.toLowerCase().indexOf(`</${tag}`, last);
        const stop = end < 0 ? html.length : end;
        el.children.push(html.slice(last, stop));
        const gt = end < 0 ? html.length : html.indexOf('>', end);
        last = tagRe.lastIndex = gt < 0 ? html.length : gt + 1;
      } else if (!VOID.has(tag) && !selfClosing) stack.push(el);
    } else if (close) {
      const tag = close.toLowerCase();
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    }
  }
  if (last < html.length) root.children.push(html.slice(last));
  return root;
}

function textOf(node: Node): string {
  if (typeof node === 'string') return decodeEntities(node);
  if (DROP.has(node.tag)) return '';
  return node.children.map(textOf).join('');
}

function find(node: Node, pred: (e: Element) => boolean): Element | undefined {
  if (typeof node === 'string') return undefined;
  if (pred(node)) return node;
  for (const c of node.children) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

function isFurniture(el: Element): boolean {
  if (DROP.has(el.tag)) return true;
  const role = el.attrs['role'];
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary' || role === 'search') return true;
  const names = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`;
  return names.trim() !== '' && FURNITURE.test(names);
}

/** Writes the text of `el` into `out`, one array entry per block; "\n" entries are line breaks. */
function render(el: Element, out: string[]): void {
  let dropRest = false;
  for (const child of el.children) {
    if (dropRest) break;
    if (typeof child === 'string') {
      out.push(decodeEntities(child).replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (isFurniture(child)) continue;
    if (child.tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(child.tag);
    if (block) {
      const own = squash(textOf(child));
      // A "Bài cùng chuyên mục" heading: it and what follows it in this container are not the article.
      if (own.length < 80 && RELATED.test(own)) {
        dropRest = true;
        continue;
      }
      if (own === '' || COUNTER.test(own)) continue;
      out.push('\n\n');
      if (child.tag === 'pre') out.push(textOf(child));
      else render(child, out);
      out.push('\n\n');
    } else render(child, out);
  }
}

function isoDate(value: string | undefined): string | undefined {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * Turns an HTML page into article text: paragraph breaks kept (a blank line between blocks, a line break
 * for <br>), scripts, styles, menus, forms, comment widgets, visitor counters, share bars and the
 * "Bài cùng chuyên mục" blocks dropped. Prefers the <article> (or <main>) element when there is one.
 */
export function htmlToText(html: string): HtmlText {
  const root = parse(html);
  const meta = (name: string): string | undefined =>
    find(root, (e) => e.tag === 'meta' && (e.attrs['property'] === name || e.attrs['name'] === name || e.attrs['itemprop'] === name))?.attrs['content'];
  const titleEl = find(root, (e) => e.tag === 'title');
  const h1 = find(root, (e) => e.tag === 'h1' && !isFurniture(e));
  const title = squash(meta('og:title') ?? (h1 ? textOf(h1) : titleEl ? textOf(titleEl) : '')) || undefined;
  const body = find(root, (e) => e.tag === 'article' && !isFurniture(e)) ?? find(root, (e) => e.tag === 'main') ?? find(root, (e) => e.tag === 'body') ?? root;
  const out: string[] = [];
  if (body === root) render(root, out);
  else render({ tag: '#root', attrs: {}, children: [body] }, out);
  const lines = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, (s) => (s.includes('\u00a0') ? '\u00a0' : ' ')).trim())
    .filter((l) => !COUNTER.test(l));
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const published = isoDate(meta('article:published_time') ?? meta('datePublished') ?? meta('pubdate') ?? meta('date'));
  const url = meta('og:url') ?? find(root, (e) => e.tag === 'link' && e.attrs['rel'] === 'canonical')?.attrs['href'];
  return { text, title, published, url: url || undefined };
}
