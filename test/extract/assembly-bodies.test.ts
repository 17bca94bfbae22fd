import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: the Assembly's councils, committees and boards named with their owner (src/extract/assembly-bodies.ts).
describe('parseAssemblyBody', () => {
  it.each([
    ['Hội đồng Dân tộc của Quốc hội đã họp phiên toàn thể.', 'Hội đồng Dân tộc Quốc hội'],
    ['Ủy ban Pháp luật của Quốc hội đã thẩm tra dự án luật.', 'Ủy ban Pháp luật Quốc hội'],
    ['Ông Lê Văn Tám, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội, phát biểu.', 'Ủy ban Tài chính, Ngân sách Quốc hội'],
    ['Ông Lê Văn Tám, Trưởng Ban công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội, trả lời.', 'Ban Công tác đại biểu Ủy ban Thường vụ Quốc hội'],
    ['Ban Dân nguyện của UBTVQH đã tiếp nhận đơn.', 'Ban Dân nguyện Ủy ban Thường vụ Quốc hội'],
    // a list names each body on its own
    ['Ủy ban Dân tộc, Hội đồng Dân tộc của Quốc hội đã phối hợp.', 'Hội đồng Dân tộc Quốc hội'],
    ['Ủy ban Về các vấn đề xã hội của Quốc hội đã họp.', 'Ủy ban Về các vấn đề xã hội Quốc hội'],
    // the owner is named too
    ['Hội đồng Dân tộc của Quốc hội đã họp phiên toàn thể.', 'Quốc hội'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Ủy ban Dân tộc, Hội đồng Dân tộc của Quốc hội đã phối hợp.', 'Ủy ban Dân tộc, Hội đồng Dân tộc Quốc hội'],
    ['Ông Lê Văn Tám, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Trưởng đoàn Đại biểu Quốc hội tỉnh Phú Yên, dự họp.', 'Ủy ban Trung ương MTTQ Việt Nam, Trưởng đoàn Đại biểu Quốc hội'],
    ['Ông Lê Văn Tám, Chủ tịch Ủy ban nhân dân tỉnh Phú Yên, đại biểu Quốc hội, dự họp.', 'Ủy ban nhân dân tỉnh Phú Yên, đại biểu Quốc hội'],
    ['Ủy ban Kinh tế cũng phải trả lời trước Thường vụ Quốc hội.', 'Ủy ban Kinh tế cũng phải trả lời trước Thường vụ Quốc hội'],
  ])('does not read %s as %s', (text, wrong) => {
    expect(bodiesOf(extract(text))).not.toContain(wrong);
  });
});
