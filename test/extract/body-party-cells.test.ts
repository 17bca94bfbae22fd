import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: Party cells and executives named with the body they belong to.
describe('Party cells and executives of a named body', () => {
  it.each([
    // "Chi bộ X, thuộc Đảng bộ Y": the cell of Y's Party organization, and Y a body of its own
    ['Ông Lê Văn Tám, Bí thư Chi bộ Kế toán - Tài vụ, thuộc Đảng bộ Sở Tài chính tỉnh Kon Tum, bị kỷ luật.', ['Chi bộ Kế toán - Tài vụ Đảng bộ Sở Tài chính tỉnh Kon Tum', 'Đảng bộ Sở Tài chính tỉnh Kon Tum']],
    // "Chi bộ Phòng X (PX), Đảng ủy Y": the cell of Y's unit
    ['Ông Lê Văn Tám, đảng viên Chi bộ Phòng Tổ chức (PX15), Đảng ủy Công an tỉnh Quảng Ngãi, bị khiển trách.', ['Chi bộ Phòng Tổ chức Công an tỉnh Quảng Ngãi']],
    // "Chi bộ Phòng khám, Bệnh viện Z": a unit's cell and the body the unit belongs to
    ['Ông Lê Văn Tám (đảng viên Chi bộ Phòng khám, Bệnh viện đa khoa huyện Gia Viễn) bị kỷ luật.', ['Chi bộ Phòng khám Bệnh viện đa khoa huyện Gia Viễn']],
    // a cell's bloc is the district's
    ['Huyện ủy Krông Pa (Gia Lai) kỷ luật ông Lê Văn Tám, Bí thư Chi bộ khối Đảng.', ['Chi bộ Khối Đảng huyện Krông Pa']],
    // the standing committee of a named body's Party committee, and that committee
    ['Đề nghị kỷ luật Ban Thường vụ Đảng ủy Tổng cục Thủy lợi nhiệm kỳ 2010 - 2015.', ['Ban Thường vụ Đảng ủy Tổng cục Thủy lợi', 'Đảng ủy Tổng cục Thủy lợi']],
    // "Ban Chấp hành Đảng bộ" of a named body
    ['Tỉnh Quảng Trị: ông Lê Văn Tám bị cách chức Ủy viên Ban chấp hành Đảng bộ Viện Kiểm sát nhân dân tỉnh nhiệm kỳ 2015 - 2020.', ['Ban Chấp hành Đảng bộ Viện kiểm sát nhân dân tỉnh Quảng Trị']],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // a list of cells: the next cell is no parent
    ['Chi bộ Phòng khám, Chi bộ Phòng Hành chính tỉnh Gia Lai đã họp.', 'Chi bộ Phòng khám Chi bộ'],
    // a comma before a body that is not a unit's: "Chi bộ 3, Sở Y tế" is no cell of a unit
    ['Ông Lê Văn Tám, Bí thư Chi bộ Thôn Ba, Bệnh viện Đa khoa tỉnh Gia Lai, phát biểu.', 'Chi bộ Thôn Ba Bệnh viện'],
  ])('does not join %s', (text, wrong) => {
    expect(bodiesOf(extract(text)).filter((b) => b.startsWith(wrong))).toEqual([]);
  });
});

describe('trade unions', () => {
  it.each([
    ['Ông Lê Văn Tám, Chủ tịch Công đoàn quận Ba Đình, phát biểu.', 'Công đoàn quận Ba Đình'],
    ['Công đoàn tỉnh Nghệ An tổ chức hội nghị.', 'Công đoàn tỉnh Nghệ An'],
    ['Tại huyện Yên Thành, ông Lê Văn Tám, Chủ tịch Công đoàn huyện, phát biểu.', 'Công đoàn huyện Yên Thành'],
  ])('reads a trade union by its level: %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('reads no body from "Công đoàn" alone', () => {
    expect(bodiesOf(extract('Hoạt động Công đoàn được đổi mới; các cấp Công đoàn quan tâm.'))).toEqual([]);
  });
});

describe('the body a unit belongs to', () => {
  it.each([
    // a unit written with its parent: the parent is a mention of its own
    ['Ông Lê Văn Tám, Trưởng phòng Phòng Cảnh sát giao thông Công an tỉnh Hòa Bình, cho biết.', 'Công an tỉnh Hòa Bình'],
    ['Cục Quản lý hoạt động xây dựng Bộ Xây dựng đã có văn bản.', 'Bộ Xây dựng'],
  ])('reads the parent in %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('does not make a body of a parent with neither place nor kind', () => {
    expect(bodiesOf(extract('Hội sở của Tập đoàn Kim Long – Trung tâm Kim Hoàn, vừa đi vào hoạt động.'))).not.toContain('Trung tâm Kim Hoàn');
  });
});

describe('youth-union committees of a district', () => {
  it('names a district youth union without a second type word', () => {
    expect(bodiesOf(extract('Tại huyện Yên Thành, Ban Chấp hành Huyện đoàn đã họp.'))).toContain('Huyện đoàn Yên Thành');
  });
});
