import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import tags from '../../src/extract/data/dateline-tags.json' with { type: 'json' };
import { findDatelineTag } from '../../src/extract/dateline-tags.js';
import { getGazetteer } from '../../src/extract/gazetteer.js';

const TITLE = 'Tiêu đề bài viết\n';

describe('findDatelineTag', () => {
  it.each([
    ['LSO- Sáng nay, tỉnh', 'LSO', 'Lạng Sơn', null],
    ['LSO - Sáng nay', 'LSO', 'Lạng Sơn', null],
    ['(QT) - Chiều 5/3', 'QT', 'Quảng Trị', null],
    ['(Baonghean) - Thời gian qua', 'Baonghean', 'Nghệ An', null],
    ['(Baonghean.vn) - Thời gian qua', 'Baonghean.vn', 'Nghệ An', null],
    ['(Baoquangninh.com.vn) – Ngày', 'Baoquangninh.com.vn', 'Quảng Ninh', null],
    ['(Baothanhhoa) - Ngày', 'Baothanhhoa', 'Thanh Hóa', null],
    ['BGĐT- Ngày 3/2', 'BGĐT', 'Bắc Giang', null],
    ['(BVPL) - Quyết định', 'BVPL', null, null],
    ['(Chinhphu.vn) - Thủ tướng', 'Chinhphu.vn', null, null],
    ['(ĐCSVN) - Sáng', 'ĐCSVN', null, null],
    ['TTXVN - Sáng', 'TTXVN', null, null],
    ['Hà Nội (TTXVN) - Sáng', 'TTXVN', 'Hà Nội', 'Hà Nội'],
    ['TP.HCM (VOV) - Sáng', 'VOV', 'Hồ Chí Minh', 'TP.HCM'],
    ['Nghệ An (TTXVN) – Sáng', 'TTXVN', 'Nghệ An', 'Nghệ An'],
    ['Washington (TTXVN) - Tổng thống', 'TTXVN', null, 'Washington'],
    ['Vĩnh Linh (QT) - Sáng', 'QT', 'Quảng Trị', 'Vĩnh Linh'],
    ['(SGGP) - Sáng', 'SGGP', 'Hồ Chí Minh', null],
    ['(HNM) - Sáng', 'HNM', 'Hà Nội', null],
    ['NDĐT - Sáng', 'NDĐT', null, null],
    ['(Báo Ấp Bắc) - Sáng', 'Báo Ấp Bắc', 'Tiền Giang', null],
    ['(BR-VT) - Sáng', 'BR-VT', 'Bà Rịa - Vũng Tàu', null],
    ['ĐÀ NẴNG - Sáng', 'ĐÀ NẴNG', 'Đà Nẵng', 'ĐÀ NẴNG'],
    ['GD&TĐ - Sáng', 'GD&TĐ', null, null],
  ])('reads the tag in %j', (lead, tag, province, place) => {
    const text = TITLE + lead + ' tiếp theo.';
    const found = findDatelineTag(text);
    expect(found).toMatchObject({ tag, province, place });
    expect(found!.start).toBe(TITLE.length);
    expect(text.slice(found!.start, found!.end).trimEnd()).toMatch(/[-–—]$/);
  });

  it('reports a tag-shaped unknown tag as not known', () => {
    expect(findDatelineTag(TITLE + '(PV) - Sáng nay')).toMatchObject({ tag: 'PV', province: null, known: false });
  });

  it.each([
    ['Djokovic - Federer: trận đấu', 'a name followed by a dash'],
    ['Trận đấu (Đồng Nai) - nơi', 'a parenthesis inside a sentence'],
    ['ĐB Nguyễn Văn A (Hà Nội) - phát biểu', 'a person and a constituency'],
    ['Online - Sáng', 'a word that is no known bare tag'],
    ['Sáng nay, (QT) - tỉnh', 'a tag that does not start the line'],
  ])('finds nothing in %j (%s)', (lead) => {
    expect(findDatelineTag(TITLE + lead)).toBeUndefined();
  });

  it('looks only at the first 600 characters', () => {
    const filler = 'Một câu dài không có tag. '.repeat(30) + '\n';
    expect(findDatelineTag(TITLE + filler + '(QT) - Sáng')).toBeUndefined();
    expect(findDatelineTag('(QT) - Sáng')?.start).toBe(0);
  });

  it('maps every lexicon tag to a known province or to none', () => {
    const g = getGazetteer();
    for (const t of tags.tags) if (t.province !== null) expect(g.findProvince(t.province)?.name, t.tag).toBe(t.province);
  });

  it('never throws and returns a span inside the text', () => {
    const pieces = fc.constantFrom('(', ')', ' - ', '–', '\n', 'QT', 'Hà Nội', 'TTXVN', 'LSO', 'ĐÀ NẴNG', 'x', ' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const t = findDatelineTag(text);
        if (t) expect(0 <= t.start && t.start < t.end && t.end <= text.length).toBe(true);
      }),
    );
  });
});
