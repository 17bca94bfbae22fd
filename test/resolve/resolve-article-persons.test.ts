import { describe, expect, it } from 'vitest';
import { extract, personsOf } from './extraction-views.js';

const persons = (raw: string): string[] => personsOf(extract(raw));

describe('extractArticle: persons without a title or cue', () => {
  it.each([
    ['Tại buổi làm việc, Trần Quang Vinh cho biết đơn vị đã hoàn thành kế hoạch.', ['Trần Quang Vinh']],
    ['Theo lời khai, Phạm Thị Ngọc Lan đã nhận tiền của nhiều người.', ['Phạm Thị Ngọc Lan']],
    ['Kỷ luật khiển trách các ông: Lương Văn Tâm (Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện đa khoa huyện), Đỗ Minh Khoa (Đảng viên Chi bộ Phòng khám, Bệnh viện đa khoa huyện) và Hà Quốc Bảo.', ['Hà Quốc Bảo', 'Lương Văn Tâm', 'Đỗ Minh Khoa']],
    ['Chiều qua, ông Lý Văn Hội, Bí thư Huyện ủy Chư Sê, đã đến dự.', ['Lý Văn Hội']],
    ['Tin tức\nHội nghị đã yêu cầu ông Đoàn Văn Khải nghiêm túc kiểm điểm, rút kinh nghiệm sâu sắc./. Minh Thư/VOV.VN Minh Thư/VOV.VN\n', ['Minh Thư', 'Đoàn Văn Khải']],
  ])('finds the person in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['Đoàn đã đến thăm Trường Tiểu học Lê Văn Tám của huyện.'],
    ['Sở Y tế Ninh Bình đã tiến hành xác minh.'],
    ['Khu di tích Kim Liên thu hút nhiều du khách.'],
    ['NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
