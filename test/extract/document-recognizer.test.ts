import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/extract/document-recognizer.js';
import { scanText } from '../../src/extract/text-scan.js';

function names(text: string): Array<string | null> {
  return findDocuments(scanText(text)).map((d) => d.code ?? d.name);
}

describe('findDocuments: documents named without a number', () => {
  it.each([
    ['Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng; các cấp ủy đã kiểm điểm.', ['Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng']],
    ['Thực hiện Nghị quyết Trung ương 6 (khóa XII) trong việc kiểm điểm.', ['Nghị quyết Trung ương 6 khóa XII']],
    ['Hội nghị thông qua các văn kiện: - Nghị quyết về phát triển kinh tế hợp tác trong tình hình mới\n', ['Nghị quyết về phát triển kinh tế hợp tác trong tình hình mới']],
    ['Ông A vi phạm Quy định về những điều đảng viên không được làm.', ['Quy định về những điều đảng viên không được làm']],
    ['Ông A đã vi phạm Quy chế Làm việc của Tỉnh ủy.', ['Quy chế làm việc']],
    ['Vi phạm Luật Phòng chống tham nhũng.', ['Luật Phòng, chống tham nhũng']],
  ])('names the document in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['HĐND đã thông qua Nghị quyết về việc điều chỉnh phụ cấp.'],
    ['Nghị quyết về công tác cán bộ là trọng tâm.'],
    ['Ông B đã vi phạm quy chế làm việc của cơ quan.'],
  ])('names no document in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
