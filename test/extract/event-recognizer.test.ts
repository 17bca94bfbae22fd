import { describe, expect, it } from 'vitest';
import { findCongresses, findEventVerbs, findEvents } from '../../src/extract/event-recognizer.js';
import { scanText } from '../../src/extract/text-scan.js';

describe('findEvents', () => {
  it.each([
    ['Sáng 3/4, Tỉnh ủy tổ chức Hội nghị sơ kết công tác xây dựng Đảng quý I.', 'hội nghị'],
    ['Chiều 2/6, Thành ủy tổ chức Lễ trao quyết định điều động cán bộ.', 'lễ trao quyết định'],
    ['Chiều 2/6, Sở tổ chức lễ công bố quyết định bổ nhiệm Phó Giám đốc.', 'lễ công bố quyết định'],
    ['Sáng 2/6, huyện tổ chức Lễ kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ.', 'lễ'],
    ['Phát biểu tại buổi lễ, đồng chí Bí thư chúc mừng.', 'lễ'],
    ['Phát biểu tại buổi lễ trao quyết định, đồng chí Bí thư chúc mừng.', 'lễ trao quyết định'],
    ['Tại buổi làm việc, đoàn công bố kế hoạch kiểm tra.', 'buổi làm việc'],
    ['Tại buổi gặp mặt, các đại biểu ôn lại truyền thống.', 'buổi gặp mặt'],
    // ceremonies named by their act
    ['Sáng 4/2, UBND huyện tổ chức lễ ra quân đầu năm.', 'lễ'],
    ['Ngày 7/2, hai trường tổ chức lễ ký kết thỏa thuận hợp tác.', 'lễ'],
    ['Chiều 19/6, Lễ đón chính thức đoàn khách được tổ chức trọng thể.', 'lễ'],
    ['Sáng 23/5, tỉnh tổ chức Lễ đón nhận, truy điệu và an táng hài cốt liệt sỹ.', 'lễ'],
    ['Tối 11/5, Lễ chuyển giao chức Chủ tịch diễn đàn diễn ra tại hội trường.', 'lễ'],
    ['Chiều 6/2, Tổng công ty tổ chức lễ tổng kết đường hoa xuân.', 'lễ'],
    ['Sáng 5/9, trường tổ chức lễ khai giảng năm học mới.', 'lễ'],
    ['Chiều 2/3, hai bên tổ chức lễ ký thỏa thuận hợp tác.', 'lễ'],
    // a handing over named by its sitting, a briefing
    ['Thông tin được công bố tại buổi trao quyết định điều động nhân sự ngày 10/5.', 'lễ trao quyết định'],
    ['Ngày 20-6, Ban Tuyên giáo tổ chức Giao ban báo chí tuần 4.', 'buổi giao ban'],
    ['Phát biểu tại buổi giao ban, đồng chí Trưởng ban nhấn mạnh.', 'buổi giao ban'],
    // a reception
    ['Bí thư Thành ủy đã có buổi tiếp Chủ tịch Quốc hội nước bạn.', 'buổi tiếp'],
    ['Tại buổi đón tiếp thân mật, Bí thư Tỉnh ủy chúc mừng.', 'buổi tiếp'],
  ])('reads the kind of %s', (text, kind) => {
    expect(findEvents(scanText(text)).map((e) => e.kind)).toEqual([kind]);
  });
});

describe('findEvents named by their subject', () => {
  it.each([
    ['Ngày 6/2, Ban Chỉ đạo tổ chức họp báo về Lễ hội cà phê lần thứ 6.', 'họp báo', 'Họp báo về Lễ hội cà phê lần thứ 6'],
    ['Ngày 28/6, Hiệp hội tổ chức hội thảo về nợ đọng xây dựng cơ bản.', 'hội thảo', 'Hội thảo về nợ đọng xây dựng cơ bản'],
    ['Chiều 3/7, Ban Tuyên giáo tổ chức tọa đàm về công tác báo chí.', 'tọa đàm', 'Tọa đàm về công tác báo chí'],
    // a ceremony or a session is not named by "về"
    ['Ông về dự lễ khai mạc về muộn.', 'lễ', 'Lễ khai mạc'],
  ])('names %s', (text, kind, name) => {
    const [e] = findEvents(scanText(text));
    expect(e?.kind).toBe(kind);
    expect(e?.name).toBe(name);
  });
});

describe('findEvents outside events', () => {
  it.each([
    // "hội thảo" inside "Quốc hội thảo luận" is the assembly debating
    'Sáng 12/6, Quốc hội thảo luận về quyết toán ngân sách nhà nước.',
    'Chiều nay, Quốc hội thảo luận ở hội trường về dự án luật.',
    'Du khách đi lễ chùa đầu năm và dự lễ hội đền.',
  ])('finds no event in %s', (text) => {
    expect(findEvents(scanText(text))).toEqual([]);
  });
});

describe('findEventVerbs', () => {
  it.each([
    ['Ngày 5/7, Đoàn kiểm tra của Ban Bí thư đã làm việc với Ban Thường vụ Tỉnh ủy.', ['buổi làm việc']],
    ['Ngày 3-7, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15.', ['kỳ họp']],
    ['Ngày 2/5, tại Trụ sở Trung ương Đảng, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư.', ['cuộc họp']],
    ['Chiều 26/6, Phó Bí thư Thường trực Thành ủy đã trao quyết định điều động cán bộ.', ['lễ trao quyết định']],
    ['Ngày 4/7, Ban Thường vụ Đảng ủy Khối đã công bố quyết định kỷ luật đảng viên.', ['lễ công bố quyết định']],
    ['Ngày 9/6, Ban Thường vụ Tỉnh ủy tổ chức sơ kết 1 năm thực hiện Quy định số 01.', ['hội nghị']],
    // a press conference and a meeting in person are not meetings of a body
    ['Chiều 16/6, UBND tỉnh họp báo thông tin tình hình kinh tế.', []],
    ['Ông A chưa làm việc ở đâu khác.', []],
    ['Hiện Đoàn kiểm tra của Bộ Chính trị đang tiến hành kiểm tra công tác cán bộ của tỉnh.', ['kiểm tra']],
    ['Đoàn giám sát của Tỉnh ủy đã giám sát việc thực hiện quy chế dân chủ.', ['giám sát']],
    ['Cơ quan chức năng sẽ kiểm tra lại hồ sơ.', []],
    // someone come to supervise or inspect
    ['Ngày 12/5, ông Lê Văn Tâm đã đến giám sát tình hình bảo vệ môi trường tại nhà máy.', ['giám sát']],
    ['Ngày 12/5, Phó Chủ tịch tỉnh đã tới kiểm tra tình hình khắc phục hậu quả lũ.', ['kiểm tra']],
    ['Ông đã đến thăm nhà máy.', []],
    ['Ngày 29/5, Thủ tướng đã tiếp một số doanh nhân, trí thức tại New York.', ['buổi tiếp']],
    ['Chiều 12/5, Chủ tịch nước đã tiếp đồng chí Lê Văn Tâm.', ['buổi tiếp']],
    ['Hai bên đã tiếp tục hợp tác; tỉnh đã tiếp nhận hồ sơ.', []],
    ['Chiều 15-6, Tạp chí tổ chức gặp mặt báo chí nhân kỷ niệm Ngày Báo chí cách mạng Việt Nam.', ['buổi gặp mặt']],
    // two people meeting in person is no event of a body
    ['Hai người đã gặp mặt nhau sau 20 năm.', []],
    ['Sáng 13/5, Bí thư cùng các đại biểu Quốc hội tiếp xúc cử tri hai quận trước kỳ họp.', ['tiếp xúc cử tri']],
    ['Ngày 2/7, Đoàn đại biểu Quốc hội tỉnh tiếp xúc với cử tri huyện miền núi.', ['tiếp xúc cử tri']],
  ])('reads %s', (text, kinds) => {
    expect(findEventVerbs(scanText(text)).map((e) => e.kind)).toEqual(kinds);
  });
});

describe('findCongresses', () => {
  it.each([
    ['Sáng 7/7, Ban Chấp hành Tỉnh ủy khai mạc Đại hội Đảng bộ tỉnh Bình Phước lần thứ XI.', 'province', null],
    ['Tại Đại hội XIII của Đảng, ông được bầu vào Ban Chấp hành.', 'national', null],
    // the short name of a congress's resolution is no congress; one with "lần thứ" still names it
    ['Nghị quyết Đại hội XIII của Đảng đã xác định mục tiêu.', undefined, null],
    ['Thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng, tỉnh đã đạt nhiều kết quả.', 'national', null],
    ['Ngày 7/7, Công đoàn cơ quan đã tổ chức thành công Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017-2022.', 'body', 'Công đoàn'],
    ['Hội nghị cho ý kiến về dự thảo báo cáo tại Đại hội Đoàn toàn quốc lần thứ XI.', 'body', 'Đoàn toàn quốc'],
    ['Đại hội Hội Nông dân tỉnh Hòa Bình lần thứ IX đã bầu Ban Chấp hành mới.', 'body', 'Hội Nông dân tỉnh Hòa Bình'],
    // a congress of delegates of a body other than the Party
    ['Tại Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX, ông được cử làm Chủ tịch.', 'body', 'đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam'],
    ['Tại Đại hội đại biểu toàn quốc lần thứ XI của Đảng, ông được bầu vào Ban Chấp hành.', 'national', null],
    ['Tại Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, ông được cử làm Chủ tịch.', 'body', 'đại biểu toàn quốc MTTQ Việt Nam'],
  ])('reads the congress of %s', (text, scope, body) => {
    const [c] = findCongresses(scanText(text));
    expect(c?.scope).toBe(scope);
    expect(c?.bodyText ?? null).toBe(body);
  });
});
