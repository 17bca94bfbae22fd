import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/extract/document-recognizer.js';
import { scanText } from '../../src/extract/text-scan.js';
import { unifyCodes } from '../../src/resolve/document-codes.js';

describe('unifyCodes', () => {
  it.each([
    ['Thực hiện Kế hoạch số 07-KH/TW của Bộ Chính trị. Theo Kế hoạch 7-KH/TW ngày 6/11/2019, đoàn kiểm tra làm việc.', ['07-KH/TW', '07-KH/TW']],
    ['Theo Kế hoạch 7-KH/TW, sau đó Kế hoạch số 07-KH/TW.', ['7-KH/TW', '7-KH/TW']],
    // different numbers stay apart
    ['Kế hoạch 7-KH/TW và Kế hoạch 70-KH/TW.', ['7-KH/TW', '70-KH/TW']],
  ])('spells the codes of %s alike', (text, codes) => {
    expect(unifyCodes(findDocuments(scanText(text))).map((d) => d.code)).toEqual(codes);
  });
});
