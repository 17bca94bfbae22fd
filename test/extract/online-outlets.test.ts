import { describe, expect, it } from 'vitest';
import { findOnlineOutlets } from '../../src/extract/online-outlets.js';
import { scanText } from '../../src/extract/text-scan.js';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

const brands = (text: string): string[] => findOnlineOutlets(scanText(text)).map((b) => `${b.base}@${b.start}`);

// Invented sentences: online outlets cited by their brand (src/extract/online-outlets.ts).
describe('findOnlineOutlets', () => {
  it.each([
    ['Trao đổi với VietNamNet, ông Lê Văn Tám cho biết.', ['VietNamNet@13']],
    ['Như VTC News đưa tin, hội nghị đã họp.', ['VTC News@4']],
    ['Theo báo Vnexpress thông tin thêm.', ['VnExpress@5']],
    ['Trả lời Zing.vn, ông Lê Văn Tám nói.', ['Zing.vn@8']],
    // credits and printed paper names are not read here
    ['Quang cảnh hội nghị. Ảnh: VnExpress', []],
    ['Hội nghị đã họp. (Theo VietNamNet)', []],
    ['Báo Vietnamnet đưa tin hội nghị đã họp.', []],
    ['Trang vietnamnet.vn đăng tin.', []],
  ])('reads %s', (text, expected) => {
    expect(brands(text)).toEqual(expected);
  });

  it('lists the brand as a body', () => {
    expect(bodiesOf(extract('Trao đổi với VietNamNet, ông Lê Văn Tám cho biết.'))).toContain('VietNamNet');
  });
});
