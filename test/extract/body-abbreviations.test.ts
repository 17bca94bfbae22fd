import { describe, expect, it } from 'vitest';
import { expandBodyAbbreviations } from '../../src/extract/body-abbreviations.js';

describe('expandBodyAbbreviations', () => {
  it.each([
    ['Trường THPT Lý Thường Kiệt', 'Trường Trung học phổ thông Lý Thường Kiệt'],
    ['Trường THCS Kim Đồng', 'Trường Trung học cơ sở Kim Đồng'],
    ['Trường PTTH huyện Krông Bông', 'Trường Phổ thông trung học huyện Krông Bông'],
    ['BV Đa khoa huyện Yên Thành', 'Bệnh viện Đa khoa huyện Yên Thành'],
    ['Trường TH Hòa Bình', 'Trường Tiểu học Hòa Bình'],
    ['Phòng TC-KH', 'Phòng Tài chính - Kế hoạch'],
    ['Tổng cục Thủy lợi VN', 'Tổng cục Thủy lợi Việt Nam'],
    ['Phòng TCCB Sở Y tế', 'Phòng Tổ chức cán bộ Sở Y tế'],
    ['Phòng TC-HC', 'Phòng Tổ chức - Hành chính'],
    ['Đại học Bách khoa TP HCM', 'Đại học Bách khoa TP Hồ Chí Minh'],
  ])('spells out %s', (name, expected) => {
    expect(expandBodyAbbreviations(name)).toBe(expected);
  });

  it.each([['Công ty TH True Milk'], ['Trung tâm Văn hóa tỉnh']])('leaves %s as written', (name) => {
    expect(expandBodyAbbreviations(name)).toBe(name);
  });
});
