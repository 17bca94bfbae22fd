import { describe, expect, it } from 'vitest';
import { eventsOf, extract } from './extraction-views.js';

const events = (raw: string): string[] => eventsOf(extract(raw));

describe('extractArticle: events reported by their verb', () => {
  it.each([
    ['Đoàn kiểm tra làm việc tại Hà Nam\nNgày 5/7, Đoàn kiểm tra của Ban Bí thư đã làm việc với Ban Thường vụ Tỉnh ủy Hà Nam. Tại buổi làm việc, đoàn công bố kế hoạch.', ['|buổi làm việc']],
    ['Kỷ luật cán bộ\nNgày 25/5/2019, tại Trụ sở Trung ương Đảng, Ban Bí thư đã họp xem xét thi hành kỷ luật ông Lê Văn Tâm.', ['2019-05-25|cuộc họp']],
    ['Tân Bí thư Quận ủy\nChiều 26/6, Phó Bí thư Thường trực Thành ủy đã trao quyết định điều động ông Lê Văn Tâm. Phát biểu tại buổi lễ, bà Trần Thị Hoa chúc mừng.', ['|lễ trao quyết định']],
    ['Sơ kết quy định\nNgày 9/6, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức sơ kết 1 năm thực hiện Quy định số 01 ngày 3/3/2016 của Ban Thường vụ Tỉnh ủy. Phát biểu tại hội nghị, Bí thư Tỉnh ủy nhấn mạnh nhiệm vụ.', ['|hội nghị']],
    // a blank line between the title and the lead and a photo caption do not push the lead's verb out of it
    ['Cảnh cáo nguyên Bí thư\nBan Bí thư đã quyết định kỷ luật ông Lê Văn Tâm.\n\nÔng Lê Văn Tâm, nguyên Bí thư Tỉnh ủy. Ảnh: Internet Ngày 25/5/2019, tại Trụ sở Trung ương Đảng, Ban Bí thư đã họp xem xét kỷ luật.', ['2019-05-25|cuộc họp']],
    ['Chủ tịch xã bị cách chức\nÔng Lê Văn Tâm dùng bằng không hợp lệ. Trước đó, Đảng ủy xã Tân Phú họp, thống nhất đề nghị cách chức ông Tâm.', ['|cuộc họp']],
    // a meeting the article says was held, named by its kind alone
    ['Chủ tịch xã xin nghỉ việc\nÔng Lê Văn Tâm có đơn xin nghỉ việc. Hiện nay, Ban Thường vụ Huyện ủy đã tổ chức cuộc họp và đồng ý cho ông Tâm nghỉ việc.', ['|cuộc họp']],
    // an inspection announced by its decision is an event of its own, over a period (no date)
    ['Công bố quyết định giám sát\nNgày 20/6/2019, tại Hà Nội, Đoàn công tác của Ủy ban Kiểm tra Trung ương công bố Quyết định giám sát Ban cán sự đảng Bộ Công Thương.', ['2019-06-20|lễ công bố quyết định', '|giám sát']],
    // the span an anniversary counts is not the day of its ceremony
    ['Lễ kỷ niệm\nTỉnh long trọng tổ chức Lễ kỷ niệm 60 năm Ngày thành lập tỉnh (1/7/1959 - 1/7/2019) tại quảng trường.', ['|lễ']],
    ['Lễ kỷ niệm\nSáng 1/7, tỉnh long trọng tổ chức Lễ kỷ niệm 60 năm Ngày thành lập tỉnh (1/7/1959 - 1/7/2019) tại quảng trường.', ['2019-07-01|lễ']],
    // a visit reported with the work it comes with, on the same day
    ['Thăm và làm việc tại tỉnh\nNgày 8/2/2019, Phó Thủ tướng đã đến thăm, làm việc với Ban Thường vụ Tỉnh ủy Bình Phước về phát triển kinh tế.', ['2019-02-08|buổi làm việc', '2019-02-08|chuyến thăm']],
    // "chiều cùng ngày": the day of the date written before
    ['Thăm tỉnh\nSáng 8/2/2019, Ban Thường vụ Tỉnh ủy Nam Định tổ chức Hội nghị triển khai nhiệm vụ năm 2019. Chiều cùng ngày, Tổng Bí thư đã đến thăm, làm việc với Trường Chính trị tỉnh.', ['2019-02-08|chuyến thăm', '2019-02-08|hội nghị']],
    // not the date read inside an earlier sentence (a birthday, a paper's)
    ['Hội nghị Ủy ban\nÔng Lê Văn Tâm sinh năm 1962. Ngày vào Đảng: 25-8-1982. Chiều cùng ngày, Ủy ban tổ chức Hội nghị sơ kết công tác Mặt trận.', ['|hội nghị']],
    ['Bổ nhiệm cán bộ\nTại cuộc họp công bố quyết định, ông Lê Văn Tâm phát biểu. Hiện Đoàn kiểm tra của Bộ Chính trị đang tiến hành kiểm tra công tác cán bộ tại tỉnh.', ['|cuộc họp', '|kiểm tra']],
  ])('reads the event of %#', (raw, expected) => {
    expect(events(raw)).toEqual(expected);
  });

  it('prefers the event the lead reports today by its verb to one named undated further on', () => {
    expect(events('Nhân sự mới\nHôm nay, Phó Bí thư Tỉnh ủy đã trao quyết định điều động ông Lê Văn Tâm. Ông Tâm có nhiều kinh nghiệm. Ông từng công tác tại huyện. Ông được tín nhiệm. Năm trước, ông dự Hội nghị lần thứ 10 Ban Chấp hành Liên minh hợp tác xã tỉnh.')).toEqual(['|hội nghị', '|lễ trao quyết định']);
  });

  it('names no event when the lead reports none', () => {
    expect(events('Chủ tịch xã bị cách chức\nTheo kết luận ban đầu, ông Lê Văn Tâm dùng bằng không hợp lệ. Ông từng làm việc với nhiều cơ quan.')).toEqual([]);
  });
});

describe('extractArticle: central plenums', () => {
  it('reports a central plenum the article says met on a dated day, and not one cited for its resolution', () => {
    expect(events('Thông báo\nTừ ngày 5-5 đến 10-5-2017, tại Thủ đô Hà Nội, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII đã họp để thảo luận các đề án.')).toEqual(['2017-05-05|hội nghị']);
    expect(events('Tiêu đề\nTỉnh ủy quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về xây dựng Đảng.')).toEqual([]);
  });
});

describe('extractArticle: the date of the main event', () => {
  it.each([
    // named in the title without a date, reported in the lead with one
    ['Đảng ủy Khối tổ chức hội nghị đánh giá kết quả công tác\nNgày 8/6/2019, tại Hà Nội, Đảng ủy Khối tổ chức Hội nghị nhằm đánh giá kết quả công tác.', ['2019-06-08|hội nghị']],
    // the Youth Union's central committee is no Party plenum cited for its resolution
    ['Khai mạc Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 9\nSáng 24/6/2019, Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 9 đã khai mạc tại Hà Nội.', ['2019-06-24|hội nghị']],
    // the congress of a union, dated by the sentence reporting it held
    ['Đại hội Công đoàn cơ quan\nNgày 7/7/2019, Công đoàn cơ quan đã tổ chức thành công Đại hội Công đoàn lần thứ V, nhiệm kỳ 2019-2024.', ['2019-07-07|đại hội']],
    // a congress opens its term: a day and month without a year take the term's first year
    ['Đại hội Hội Nông dân huyện\nNgày 7/7, Hội Nông dân huyện đã tổ chức thành công Đại hội Hội Nông dân lần thứ X, nhiệm kỳ 2023-2028.', ['2023-07-07|đại hội']],
    ['Khai mạc Đại hội\nSáng 14/10, Tỉnh ủy long trọng tổ chức Đại hội Đảng bộ tỉnh Bình Phước lần thứ XI, nhiệm kỳ 2020 - 2025.', ['2020-10-14|đại hội']],
  ])('dates the event of %#', (raw, expected) => {
    expect(events(raw)).toEqual(expected);
  });
});

describe('extractArticle: an event held today', () => {
  it('keeps the unknown date of an event held "sáng nay" rather than take that of an earlier one', () => {
    expect(events('Hội nghị Thủ tướng với doanh nghiệp\nKhoảng 2.000 đại biểu dự Hội nghị Thủ tướng với doanh nghiệp diễn ra sáng nay ở Hà Nội. Con số này gấp 4 lần hội nghị lần đầu tiên diễn ra vào ngày 29/4/2019.')).toEqual(['|hội nghị']);
  });
});

describe('extractArticle: other events named beside the main one', () => {
  it.each([
    // an event named by its number elsewhere in the text, dated by its own sentence
    ['Hội nghị Tỉnh ủy\nNgày 5/7/2019, Tỉnh ủy Hà Nam tổ chức Hội nghị sơ kết công tác 6 tháng. Tại Kỳ họp thứ 4 HĐND tỉnh khóa IX, ông Lê Văn Tâm được bầu làm Chủ tịch.', ['2019-07-05|hội nghị', '|kỳ họp']],
    // one named as a title mid-sentence, with its own date
    ['Hội nghị Tỉnh ủy\nNgày 5/7/2019, Tỉnh ủy Hà Nam tổ chức Hội nghị sơ kết công tác 6 tháng. Ngày 2/7/2019, Sở đã tổ chức Hội thảo về phát triển du lịch bền vững.', ['2019-07-02|hội thảo', '2019-07-05|hội nghị']],
    // the sitting the main event is held at is the same event
    ['Trao quyết định\nNgày 10/5/2019, Buổi lễ trao quyết định diễn ra tại Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy.', ['2019-05-10|lễ trao quyết định']],
    // the main event named again undated, or a kind word that only opens a sentence, is none
    ['Hội nghị sơ kết công tác Đảng\nNgày 5/7/2019, Tỉnh ủy Hà Nam tổ chức Hội nghị sơ kết công tác Đảng. Cuộc họp hoặc làm việc trực tiếp với cơ sở được duy trì.', ['2019-07-05|hội nghị']],
  ])('reads the events of %#', (raw, expected) => {
    expect(events(raw)).toEqual(expected);
  });
});
