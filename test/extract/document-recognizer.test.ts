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
    // a quoted title without "về" reads as its subject
    ['Thực hiện Nghị quyết Trung ương 4 khóa XI “Một số vấn đề về công tác cán bộ hiện nay,” các cấp ủy đã kiểm điểm.', ['Nghị quyết Trung ương 4 khóa XI về một số vấn đề về công tác cán bộ hiện nay']],
    // rules named by what they govern, without "về"
    ['Gắn với việc thực hiện Quy chế tuyển chọn cán bộ và giới thiệu cán bộ ứng cử tại tỉnh.', ['Quy chế tuyển chọn cán bộ và giới thiệu cán bộ ứng cử']],
    // a subject runs on through "của" a common noun, and stops at "của" a named issuer
    ['Hội nghị thông qua Nghị quyết về phát triển kinh tế hợp tác trở thành động lực của nền kinh tế. Ban Chấp hành họp.', ['Nghị quyết về phát triển kinh tế hợp tác trở thành động lực của nền kinh tế']],
    // a law's name ends before a verb
    ['Sửa đổi Luật Thanh niên đáp ứng yêu cầu mới.', ['Luật Thanh niên']],
    // a law cited by its initials once named in full; initials never named are no law
    ['Ông A vi phạm Luật Phòng, chống tham nhũng (PCTN). Điều này vi phạm Luật PCTN.', ['Luật Phòng, chống tham nhũng', 'Luật Phòng, chống tham nhũng']],
    ['Điều này vi phạm Luật ATGT.', []],
    // repeated term words, and the long form named as written
    ['Thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII; các cấp ủy đã kiểm điểm.', ['Nghị quyết Trung ương 4 khóa XI, khóa XII']],
    ['Kiểm điểm thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII, các chi bộ đã họp.', ['Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII']],
    // a quoted title that starts with "Về" is the subject
    ['Tổng kết Nghị quyết Trung ương 6 khóa X "Về tiếp tục hoàn thiện thể chế kinh tế thị trường". Hội nghị đánh giá cao.', ['Nghị quyết Trung ương 6 khóa X về tiếp tục hoàn thiện thể chế kinh tế thị trường']],
    // the charter of a union, to its last capitalized word
    ['Hội nghị thảo luận dự thảo sửa đổi Điều lệ Đoàn Thanh niên cộng sản Hồ Chí Minh; dự thảo đề án.', ['Điều lệ Đoàn Thanh niên cộng sản Hồ Chí Minh']],
    ['Hội viên thực hiện đúng Điều lệ Hội Nông dân Việt Nam quy định.', ['Điều lệ Hội Nông dân Việt Nam']],
    // a plenum written "T.Ư", with a comma before its term, its term in brackets, its number in words
    ['Gắn với thực hiện Nghị quyết T.Ư 6, khóa XI về đổi mới; các chi bộ đã họp.', ['Nghị quyết Trung ương 6 khóa XI về đổi mới']],
    ['Triển khai Nghị quyết Hội nghị trung ương 7 khóa (XII); các chi bộ đã họp.', ['Nghị quyết Trung ương 7 khóa XII']],
    ['Bài học từ Nghị quyết Hội nghị Trung ương tám còn nguyên giá trị.', ['Nghị quyết Trung ương 8']],
    ['Trong quá trình thực hiện Nghị quyết Trung ương lần này, các cấp đã họp.', []],
    // an amending law keeps its lead; "Ban hành", "quy hoạch" belong to a law's name; a charter's initials too
    ['Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng; các đại biểu tán thành.', ['Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng']],
    ['Theo Luật Ban hành văn bản quy phạm pháp luật, các cơ quan phải lấy ý kiến.', ['Luật Ban hành văn bản quy phạm pháp luật']],
    ['Thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh; các chi đoàn đã họp.', ['Điều lệ Đoàn TNCS Hồ Chí Minh']],
    // "Dân số" is a name, "số 100/…" is not; initials inside a name; "và" ends a name
    ['Quốc hội cho ý kiến về Luật Dân số; các đại biểu đã thảo luận.', ['Luật Dân số']],
    ['Theo Luật Đất đai và các văn bản hướng dẫn, hộ dân được bồi thường.', ['Luật Đất đai']],
    ['Dự thảo Luật Hỗ trợ DNNVV được thông qua.', ['Luật Hỗ trợ DNNVV']],
    ['Đáng chú ý là Luật Trẻ em số có hiệu lực từ ngày 1/6.', ['Luật Trẻ em']],
    ['Ủy ban thẩm tra dự án Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng và dự thảo Nghị quyết.', ['Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng']],
    ['Ông là Luật sư Nguyễn Văn A của Công ty Luật Minh Khoa.', []],
    // a subject ends before a new clause after a comma
    ['Quán triệt Nghị quyết về phát triển nông nghiệp, trong bài phát biểu ông A nêu rõ.', ['Nghị quyết về phát triển nông nghiệp']],
    ['Thông qua Đề án về đổi mới giáo dục còn chậm so với yêu cầu.', ['Đề án về đổi mới giáo dục']],
    // a national congress's resolution under its formal title; the loose short form is none
    ['Góp phần thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của Đảng. Hội nghị kết thúc.', ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của Đảng']],
    ['Quán triệt Nghị quyết Đại hội XI của Đảng, toàn quân đã thi đua.', []],
    // the ordinal's words with the Party named after them are the formal title too; a Party organization's is not
    ['Năm 2019 là năm thứ ba thực hiện Nghị quyết Đại hội lần thứ XII của Đảng và nghị quyết đại hội các cấp.', ['Nghị quyết Đại hội lần thứ XII của Đảng']],
    ['Thực hiện Nghị quyết Đại hội lần thứ XII của Đảng bộ tỉnh, huyện đã đạt kết quả.', []],
    // a paper named by its issuer and subject: the issuer is read from "của …" (by the resolver)
    ['Ông A vi phạm Quy định của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu; các cá nhân đã kiểm điểm.', ['Quy định về trách nhiệm người đứng đầu']],
  ])('names the document in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['HĐND đã thông qua Nghị quyết về việc điều chỉnh phụ cấp.'],
    ['Nghị quyết về công tác cán bộ là trọng tâm.'],
    ['Ông B đã vi phạm quy chế làm việc của cơ quan.'],
    ['Cơ quan đã ban hành Quy chế này để thực hiện.'],
    ['Ông B được giao soạn Quy chế mới.'],
    // a type word and "của" an issuer with no subject after names no paper
    ['Ông B đã thực hiện Quyết định của Ban Thường vụ Tỉnh ủy.'],
    ['Đây là Nghị quyết của Đảng, ý Đảng lòng dân.'],
  ])('names no document in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('findDocuments: code variants', () => {
  it.each([
    ['Ban Bí thư ký quyết định số 512 – QĐNS/TW điều động ông A.', '512-QĐNS/TW'],
    ['Thực hiện Chỉ thị 07- CT/QUTW của Quân ủy.', '7-CT/QUTW'],
    ['Theo Quyết định số 30-QĐ/ĐU-MTTW, ông B nghỉ hưu.', '30-QĐ/ĐU-MTTW'],
    ['Quy định tại Nghị định 120/2015/ NĐ-CP đã nêu rõ.', '120/2015/NĐ-CP'],
    ['Căn cứ Quyết định 71/2018/QĐ - UBND của tỉnh.', '71/2018/QĐ-UBND'],
    ['Theo Quyết định số 1940/QĐ–UBND về việc này.', '1940/QĐ-UBND'],
    ['Chính phủ ban hành Nghị quyết 23-2019/NQ-CP về cải cách.', '23/2019/NQ-CP'],
    ['UBND tỉnh đã có Công văn số 408/UBND-TKBT gửi các sở.', '408/UBND-TKBT'],
    ['Bộ đã có văn bản 570/VPCP-KTTH về việc này.', '570/VPCP-KTTH'],
    ['Thủ tướng ra Công điện số 157/CĐ-TTg chỉ đạo.', '157/CĐ-TTg'],
    // number and issuer only: the code is inferred from the issuer's convention
    ['Thực hiện Chỉ thị 12 của Ban Thường vụ Huyện ủy về công tác cán bộ.', '12-CT/HU'],
    ['Quán triệt Nghị quyết số 8 của Quận ủy về chỉnh trang đô thị.', '8-NQ/QU'],
    ['Triển khai Chỉ thị 91 của Quân ủy Trung ương.', '91-CT/QUTW'],
    ['Quán triệt Chỉ thị 12 của TW về học tập.', '12-CT/TW'],
    // a list of numbers after one type word
    ['Thực hiện Chỉ thị 07, 09 của Bộ Chính trị về học tập.', '7-CT/TW'],
    ['Thực hiện Chỉ thị 07, 09 của Bộ Chính trị về học tập.', '9-CT/TW'],
    ['Thực hiện Nghị quyết số 18 và 19 của Trung ương.', '19-NQ/TW'],
    // a number with a letter, a paper with one issuer segment or a word between its type and number
    ['Báo cáo thực hiện Nghị quyết 37a/NQ-CP về Chính phủ điện tử.', '37a/NQ-CP'],
    ['UBND thành phố có Công văn 8315/UBND ngày 10/10/2016.', '8315/UBND'],
    ['Theo Kết luận thanh tra số 07/KL-TTr, ngày 20/6/2017.', '7/KL-TTr'],
    ['UBND tỉnh có Kế hoạch hành động số 47/KH-UBND ngày 05/8/2011.', '47/KH-UBND'],
    // a dash after the year; the National Assembly's codes, "Qh" in lower case
    ['Theo Nghị định 135/2016-NĐ-CP thì hàng được miễn thuế.', '135/2016/NĐ-CP'],
    ['Theo Nghị quyết 381/2017/UBTVQH14 ban hành ngày 4/5.', '381/2017/UBTVQH14'],
    ['Đại biểu thông qua Nghị quyết 95/2015/Qh13 cho rằng.', '95/2015/QH13'],
  ])('reads the code in %s', (text, code) => {
    expect(names(text).map((c) => c?.replace(/^0+/u, ''))).toContain(code);
  });

  it.each([
    ['Đội bóng giành chiến thắng 2 – V-League năm nay.'],
    ['Nghị định 108/2014/NĐ-CP - Chính phủ ban hành.'],
  ])('reads no stray code in %s', (text) => {
    expect(names(text).filter((c) => c !== null && /V-League|Chính/u.test(c))).toEqual([]);
  });
});
