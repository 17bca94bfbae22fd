import { copyBody } from './body-copy.js';
import type { ParsedBody } from './body-parser.js';
import { capitalizedRun, parsePlaceAfter } from './body-parser.js';
import type { NameLexicon } from './person-name.js';
import { isCountryName, plausibleName } from './person-name.js';
import { matchRole } from './role-matcher.js';
import { expandBodyAbbreviations } from './body-abbreviations.js';
import { DISTRICT_OFFICES, MINISTRY_ABBREVIATIONS, MINISTRY_DEPARTMENTS } from './body-lexicon.js';
import type { PlaceLookup } from './place-lookup.js';
import { firstWordAt, isUpper, isWordChar, longestPhraseAt, phraseList, skipSpaces, syllableEndAt, type ScanText } from './text-scan.js';

/** Head nouns of named organizations outside the Party and state lexicon. */
const HEADS = phraseList([
  'Trung tâm', 'Bệnh viện', 'Trường', 'Tổng cục', 'Cục', 'Vụ', 'Chi cục', 'Phòng', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Viện',
  'Học viện', 'Báo', 'Đài', 'Tạp chí', 'Ban Quản lý', 'Ban Chỉ đạo', 'Hội đồng', 'Ngân hàng', 'Kho bạc', 'Quân khu', 'Bộ Tư lệnh',
  'Hải quan', 'Liên minh', 'Hiệp hội', 'Hội', 'Ủy ban', 'Ban', 'Sở', 'Bộ', 'Đại học', 'Thông tấn xã', 'Ban cán sự đảng', 'Đảng ủy',
  'Chi bộ', 'Đảng bộ', 'Công an', 'Bộ Chỉ huy', 'Tòa án', 'Viện Kiểm sát', 'Văn phòng', 'Trạm', 'Ban Tiếp công dân', 'Ban Tôn giáo', 'BV', 'BVĐK', 'TTYT', 'BQL', 'Cơ quan Cảnh sát điều tra', 'Cơ quan điều tra', 'Cơ quan CSĐT', 'Cơ quan An ninh điều tra', 'Khoa', 'Hợp tác xã', 'HTX',
]);
const HEAD_FORMS = new Map(
  ['Trung tâm', 'Bệnh viện', 'Trường', 'Tổng cục', 'Cục', 'Vụ', 'Chi cục', 'Phòng', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Viện', 'Học viện', 'Báo', 'Đài', 'Tạp chí', 'Ban Quản lý', 'Ban Chỉ đạo', 'Hội đồng', 'Ngân hàng', 'Kho bạc', 'Quân khu', 'Bộ Tư lệnh', 'Hải quan', 'Liên minh', 'Hiệp hội', 'Hội', 'Ủy ban', 'Ban', 'Sở', 'Bộ', 'Đại học', 'Thông tấn xã', 'Ban cán sự đảng', 'Đảng ủy', 'Chi bộ', 'Đảng bộ', 'Công an', 'Bộ Chỉ huy', 'Tòa án', 'Viện Kiểm sát', 'Văn phòng', 'Trạm', 'Ban Tiếp công dân', 'Ban Tôn giáo', 'BV', 'BVĐK', 'TTYT', 'BQL', 'Cơ quan Cảnh sát điều tra', 'Cơ quan điều tra', 'Cơ quan CSĐT', 'Cơ quan An ninh điều tra', 'Khoa', 'Hợp tác xã', 'HTX'].map((h) => [h.toLowerCase(), h]),
);
/** Missions named by their task: "Đoàn kiểm tra số 1 của Bộ Chính trị". */
const MISSIONS = phraseList(['Đoàn kiểm tra', 'Đoàn công tác', 'Đoàn giám sát', 'Tổ công tác', 'Đoàn thanh tra']);
export const NAMED_BODY_FIRST_WORDS: ReadonlySet<string> = new Set([...HEADS, ...MISSIONS].map((h) => h.split(' ')[0]!));
const NOT_AFTER_HEAD = new Set(['học', 'nghị', 'thảo', 'thi', 'viên', 'việc', 'án', 'trưởng', 'phó', 'chủ', 'cáo', 'chí', 'động', 'hiệu']);
const STOP = new Set([
  'là', 'của', 'đã', 'được', 'có', 'về', 'tại', 'cho', 'với', 'trong', 'theo', 'này', 'đó', 'năm', 'ngày', 'từ', 'đến', 'các', 'những',
  'để', 'khi', 'thì', 'mà', 'vì', 'do', 'sẽ', 'đang', 'vừa', 'cũng', 'không', 'nhằm', 'trên', 'dưới', 'sau', 'trước', 'như', 'nên', 'bị',
  'phải', 'rằng', 'thuộc', 'ông', 'bà', 'đồng', 'nhiệm', 'kỳ', 'khóa', 'giai', 'đoạn', 'tỉnh', 'thành', 'huyện', 'quận', 'xã', 'phường',
  'thị', 'và', 'hoặc', 'kiêm', 'làm', 'giữ', 'chủ', 'trì', 'dự', 'phát', 'biểu', 'cùng', 'nhận', 'trao', 'ký', 'lần',
  'thứ', 'tháng', 'quý', 'đợt', 'một', 'hai', 'ba', 'nhiều', 'lãnh', 'đạo', 'đảng', 'viên', 'nay', 'đây', 'gồm', 'nơi', 'ở', 'rồi',
  'đưa', 'sáng', 'chiều', 'tối', 'trưa', 'trở', 'cấp', 'bằng', 'cử', 'đi', 'về', 'ra', 'vào', 'lên', 'xuống', 'gửi', 'nói', 'cho', 'biết',
  'đầu', 'tư', 'kinh', 'doanh', 'thực', 'hiện', 'tiến', 'hành', 'triển', 'khai', 'công', 'bố', 'quyết', 'định', 'họp', 'tin',
  'đối', 'trong', 'ngoài', 'mà', 'nên', 'vẫn', 'còn', 'đều',
]);
/**
 * Verbs that start the sentence's predicate after a subject's name ("Viện X chia sẻ", "Sở Y đề nghị UBND …"): a name
 * ends before them unless a place closes the run.
 */
const PREDICATE_VERBS = phraseList([
  'chia sẻ', 'tặng', 'đọc', 'lại', 'phản ánh', 'phản hồi', 'phản đối', 'dẫn lời', 'dẫn', 'đưa tin', 'yêu cầu',
  'đề nghị', 'đề xuất', 'kiến nghị', 'cảnh báo', 'nghiên cứu', 'phân tích', 'đánh giá', 'thay thế', 'thay mặt',
  'tuyển', 'niêm yết', 'góp', 'chiếm', 'tài trợ', 'sai phạm', 'mở rộng', 'mang', 'hát', 'khiến', 'đứng tên',
  'rà soát', 'gọi tên', 'hỏi', 'trả lời', 'đón', 'viết', 'kể', 'phê chuẩn', 'phê duyệt', 'giao cho', 'trình', 'sớm',
  'vốn', 'tuyên dương', 'tuyên bố', 'giảm', 'tăng', 'khẳng định', 'thông báo', 'xác nhận', 'xác định', 'ban hành',
  'tiếp nhận', 'tiếp tục', 'bàn giao', 'lên tiếng', 'bác bỏ', 'cho rằng', 'cho phép', 'chỉ', 'sốt ruột', 'hướng dẫn',
  'khám', 'đóng', 'dành', 'vừa', 'mới đây', 'chủ trì', 'phối hợp', 'phát biểu', 'cho biết',
]);

/**
 * True when a verb of the sentence starts at a. A verb of one syllable may end a word begun by a
 * capital ("Chương trình", "Phòng khám", "Bạn đọc"): it counts only after a proper name or an abbreviation
 * (`afterName`: "Tập đoàn Hòa Phát góp", "Ngân hàng MHB chiếm").
 */
function predicateAt(s: ScanText, a: number, afterName = true): boolean {
  const verb = longestPhraseAt(s, a, PREDICATE_VERBS);
  return verb !== undefined && (afterName || verb.includes(' '));
}

/** True when a verb of the sentence follows the name ending at end: "Viện X chia sẻ". */
function predicateAfter(s: ScanText, end: number): boolean {
  return predicateAt(s, end + 1);
}

/** True when the last syllable read is an abbreviation in capitals ("MHB", "VHTT"). */
function capsBefore(s: ScanText, syl: ReadonlyArray<[number, number, boolean]>): boolean {
  const last = syl[syl.length - 1];
  return last !== undefined && last[1] - last[0] >= 2 && isUpper(s.text[last[0]]) && isUpper(s.text[last[0] + 1]);
}

/** A capitalized surname and another capital after pos: "Ông| Nguyễn Văn A". */
function personAfter(s: ScanText, pos: number, names: NameLexicon): boolean {
  if (s.text[pos] !== ' ' || !isUpper(s.text[pos + 1])) return false;
  const e = syllableEndAt(s.text, pos + 1);
  return names.isSurname(s.lower.slice(pos + 1, e)) && s.text[e] === ' ' && isUpper(s.text[e + 1]);
}

/** "số 1": a lower-case word that numbers the name. */
function numberedAt(s: ScanText, a: number, word: string): boolean {
  return word === 'số' && /^ \d/u.test(s.text.slice(a + 2, a + 4));
}

/**
 * True when the last capitalized syllables of a name (of `run` in a row) are a proper name that ends it: a province,
 * district or country ("Hà Nội", "Việt Nam"), or a person's full name ("… Nguyễn Văn An phát biểu"). Lower-case words after such a name
 * are the sentence's ("… Việt Nam sớm báo cáo …"), while after one capital they may be the rest of a word ("Khu Di tích").
 */
function properNameBefore(s: ScanText, syl: ReadonlyArray<[number, number, boolean]>, run: number, places: PlaceLookup, names: NameLexicon): boolean {
  const end = syl[syl.length - 1]![1];
  for (let k = Math.min(run, 4); k >= 2; k--) {
    const part = syl.slice(syl.length - k).map(([a, b]): [number, number] => [a, b]);
    if (placeNamed(s, part[0]![0], end, places) || (k >= 3 && plausibleName(s, part, names))) return true;
  }
  return false;
}

/** True when the text from a to b names a province, a district or a country. */
function placeNamed(s: ScanText, a: number, b: number, places: PlaceLookup): boolean {
  const surface = s.text.slice(a, b);
  return isCountryName(surface.toLowerCase()) || places.province(surface, true) !== undefined || places.districts(surface).length > 0;
}

/** A capitalized syllable that is not an abbreviation: "Hà", "Chinh", not "TP", "SJC". */
function titleCase(s: ScanText, a: number, b: number): boolean {
  return isUpper(s.text[a]) && b - a >= 2 && !isUpper(s.text[a + 1]);
}
const MAX_LOWER_RUN = 3;
/** Abbreviated level words, written in capitals before a place ("TP. Bảo Lộc", "TX Sơn Tây"). */
const LEVEL_ABBREVIATION = new Set(['tp', 'tx']);
/** Capitalized words that open a sentence and are never inside an organization's name, by their first word. */
const SENTENCE_OPENERS = phraseList([
  'cụ thể', 'theo', 'tại', 'tuy nhiên', 'tuy vậy', 'ngoài ra', 'trong đó', 'trong khi', 'sau đó', 'sau khi',
  'trước đó', 'trước khi', 'đồng thời', 'hiện nay', 'hiện tại', 'bên cạnh', 'đặc biệt', 'riêng', 'vì vậy', 'vì thế',
  'do đó', 'khi', 'nhưng',
]);

/** True when the capitalized word at a opens a sentence: "Cụ thể", "Theo đó", "Tại". */
function opensSentence(s: ScanText, a: number): boolean {
  return longestPhraseAt(s, a, SENTENCE_OPENERS) !== undefined;
}
/** Heads whose name the press may write in lower case after the title of their head ("Chi cục trưởng Chi cục …"). */
/** Heads that are a whole name by themselves, scoped by the place after them ("Ban Tôn giáo tỉnh X"). */
const COMPLETE_HEADS = new Set(['ban tôn giáo', 'ban tiếp công dân']);
const LOWER_NAMED_HEADS = new Set(['chi cục', 'cục', 'trung tâm', 'phòng', 'văn phòng', 'trạm', 'viện', 'vụ']);
/** Heads of Party organizations inside a body: they take that body's full name. */
const PARTY_UNIT_HEADS = new Set(['đảng ủy', 'đảng bộ', 'chi bộ', 'ban cán sự đảng']);
/** Investigation agencies of a police force or procuracy: "Cơ quan Cảnh sát điều tra Công an huyện X". */
const INVESTIGATION_HEADS = new Set(['cơ quan cảnh sát điều tra', 'cơ quan điều tra', 'cơ quan csđt', 'cơ quan an ninh điều tra']);

// district offices, with every way the press writes a dash ("Tài chính - Kế hoạch", "Tài chính-kế hoạch")
const OFFICE_NAMES = new Map<string, string>();
for (const [k, v] of [...Object.entries(DISTRICT_OFFICES), ...Object.entries(MINISTRY_ABBREVIATIONS)]) {
  for (const dash of [' - ', '-', ' – ', '–']) OFFICE_NAMES.set(k.replace(/ - /gu, dash).toLowerCase(), v);
}
const officePhrases = phraseList([...OFFICE_NAMES.keys()]);
const DEPARTMENT_NAMES = new Map<string, string>();
for (const [k, v] of Object.entries(MINISTRY_DEPARTMENTS)) {
  for (const dash of [' - ', '-', ' – ', '–']) DEPARTMENT_NAMES.set(k.replace(/ - /gu, dash).toLowerCase(), v);
}
const departmentPhrases = phraseList([...DEPARTMENT_NAMES.keys()]);

/** Words that end a name even when a place follows: "… bổ nhiệm làm Giám đốc Sở ở tỉnh X". */
const HARD_STOP = new Set(['là', 'của', 'đã', 'được', 'có', 'tại', 'cho', 'với', 'và', 'để', 'khi', 'thì', 'mà', 'vì', 'do', 'sẽ', 'đang', 'vừa', 'cũng', 'không', 'ở', 'từ', 'đến', 'theo', 'trong', 'về', 'các', 'những', 'này', 'đó', 'ông', 'bà', 'nhằm', 'thuộc', 'trên']);
const PLACE_CLOSE = /^((?:[\p{Ll}\p{M}]+ ){0,3})(?:tỉnh|thành phố|huyện|quận|thị xã) \p{Lu}/u;

/**
 * True when the lower-case words at pos (at most `more` after the first) are closed by a place: such words are
 * part of the name even when they could be verbs ("Văn phòng Đăng ký đất đai tỉnh X", "Trung tâm Phát triển quỹ
 * đất huyện Y").
 */
function closedByPlace(s: ScanText, pos: number, more: number): boolean {
  const m = PLACE_CLOSE.exec(s.text.slice(pos, pos + 60));
  if (!m) return false;
  const words = m[1]!.trim().split(' ').filter((w) => w.length > 0);
  return words.length >= 1 && words.length <= more + 1 && !words.some((w) => HARD_STOP.has(w));
}

/** A head as the lexicon writes it (first letter aside), or with its later words in lower case: not in capitals. */
function writtenAsHead(written: string, form: string): boolean {
  if (written.slice(1) === form.slice(1)) return true;
  const space = form.indexOf(' ');
  return space > 0 && written.slice(1, space) === form.slice(1, space) && written.slice(space) === form.slice(space).toLowerCase();
}

/** Reads the syllables of an organization's proper name after its head; returns the end of the name. */
function nameEnd(s: ScanText, pos: number, names: NameLexicon, places: PlaceLookup, bodyStarts: (p: number) => boolean, placeStarts: (p: number) => boolean, namedAfterPerson = false, minPersonTail = 2): number {
  let i = skipSpaces(s.text, pos);
  if (!isUpper(s.text[i]) && !/\p{N}/u.test(s.text[i] ?? '')) return pos;
  let end = pos;
  // a name is capitalized components, each a capital syllable with at most one lower-case syllable after it
  // ("Xây dựng", "Tài nguyên"), or two when another capital follows ("Tài nguyên nước Sở …")
  let lowerRun = 0;
  // capitalized syllables in a row ("Hồ Chí Minh"): a proper name, after which lower-case words are the sentence's
  let titleRun = 0;
  const syl: Array<[number, number, boolean]> = [];
  for (let n = 0; n < 20; n++) {
    const a = i;
    let b = a;
    while (b < s.text.length && (isWordChar(s.text[b]) || (s.text[b] === '&' && isWordChar(s.text[b + 1])) || (s.text[b] === '-' && isWordChar(s.text[b + 1]) && isUpper(s.text[a])))) b++;
    if (b === a) break;
    // the body it belongs to ends the name: "Phòng Khoáng sản | Sở TN&MT tỉnh Kon Tum"
    if (syl.length > 0 && isUpper(s.text[a]) && bodyStarts(a)) break;
    const word = s.lower.slice(a, b);
    // an abbreviated level word starts the place ("… chính trị TP. Bảo Lộc"); a sentence opener starts a new
    // sentence after a name that ends without a full stop ("Ảnh: Báo Giao thông Cụ thể, …")
    if (syl.length > 0 && isUpper(s.text[a]) && (LEVEL_ABBREVIATION.has(word) ? placeStarts(a) : opensSentence(s, a))) break;
    // "số 2" numbers a name like a capital: "Trung tâm Giáo dục thường xuyên số 2 tỉnh X"
    const upper = isUpper(s.text[a]) || /^\p{N}/u.test(word) || (syl.length > 0 && numberedAt(s, a, word));
    // "ông", "bà" written with a capital open a person's name: "… Bộ X Ông Nguyễn Văn A"
    if (syl.length > 0 && (word === 'ông' || word === 'bà') && isUpper(s.text[a]) && personAfter(s, b, names)) break;
    // "và" joins two capitalized parts of one name ("Trung tâm Dạy nghề và Giáo dục thường xuyên"), unless another
    // body starts after it
    if (word === 'và' && syl.length > 0 && s.text[b] === ' ' && isUpper(s.text[b + 1]) && !bodyStarts(b + 1) && !longestPhraseAt(s, b + 1, HEADS)) {
      syl.push([a, b, false]);
      lowerRun = 0;
      i = b + 1;
      continue;
    }
    if (!upper) {
      // "xã hội" (society) is no commune: "Trung tâm Công tác xã hội"
      // "Trung cấp", "Cao cấp", "Sơ cấp" (a school's grade) are one word: "Trường Trung cấp Y tế"
      const society = (word === 'xã' && s.lower.startsWith(' hội', b) && !isWordChar(s.text[b + 4])) || (word === 'cấp' && GRADE_BEFORE.test(s.lower.slice(Math.max(0, a - 6), a)));
      if (lowerRun >= 3 || ((STOP.has(word) || predicateAt(s, a, titleRun >= 2 || capsBefore(s, syl)) || (titleRun >= 2 && properNameBefore(s, syl, titleRun, places, names) && !numberedAt(s, a, word))) && !society && !closedByPlace(s, a, 2 - lowerRun))) break;
      if (lowerRun >= 1) {
        // a second (or third) lower-case syllable only when the run is closed by a capital, a dash, a place or
        // punctuation: "Tài nguyên nước Sở …", "Tổ chức cán bộ - Tổng cục …", "Tổ chức cán bộ,"
        let e = b;
        let extra = 0;
        while (extra < 3 - lowerRun - 1) {
          const w = /^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])/u.exec(s.text.slice(e, e + 12));
          if (!w || STOP.has(w[1]!) || /^ (?:tỉnh|thành|huyện|quận|thị|xã|phường)$/u.test(w[0]) || numberedAt(s, e + 1, w[1]!)) break;
          e += w[0].length;
          extra++;
        }
        const after = s.text.slice(e, e + 14);
        if (!/^ \p{Lu}|^ ?[-–] ?\p{Lu}|^ (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])|^\s*[,.;)]|^ số \d/u.test(after)) break;
      }
      lowerRun++;
    } else lowerRun = 0;
    // dash-joined parts are words of their own: "Bia - Rượu - Nước giải khát"
    titleRun = titleCase(s, a, b) && !/[-–]\s?$/u.test(s.text.slice(a - 2, a)) ? titleRun + 1 : titleCase(s, a, b) ? 1 : 0;
    syl.push([a, b, upper]);
    end = b;
    // next syllable: one space, or a dash joining two name parts ("Lao động - Thương binh")
    const dash = /^\s?[-–]\s?(?=\p{Lu})/u.exec(s.text.slice(b, b + 4));
    if (dash) i = b + dash[0].length;
    else if (s.text[b] === ' ' && isWordChar(s.text[b + 1])) i = b + 1;
    else break;
  }
  // a name does not end on "và" (a person named after it was cut off below)
  const dropAnd = (): void => {
    while (syl.length > 0 && s.lower.slice(syl[syl.length - 1]![0], syl[syl.length - 1]![1]) === 'và') syl.pop();
  };
  dropAnd();
  if (syl.length > 0) end = syl[syl.length - 1]![1];
  // a person's name right after the head is no organization's name: "Phó trưởng ban Lâm Quang Thơ"
  const lead = syl.slice(0, 4).map(([a, b]): [number, number] => [a, b]);
  // (not after a company's legal form: "Công ty TNHH Phú Minh Long")
  if (minPersonTail < 3) for (let k = lead.length; k >= 3; k--) if (syl.slice(0, k).every(([, , u]) => u) && plausibleName(s, lead.slice(0, k), names)) return pos;
  // a person's name right after the organization ends it: "Tổng cục Đường bộ Việt Nam Nguyễn Văn A" (schools are
  // named after people: "Trường THPT Phan Bội Châu")
  // (after a company's legal form, a tail of three syllables is tried before one of four: "… Thái Hoàng | Lê Văn A")
  const ordered = minPersonTail > 2 && syl.length > 4;
  const tailStarts = ordered ? Array.from({ length: syl.length - 1 }, (_, j) => j + 1).sort((x, y) => Math.abs(syl.length - x - 3) - Math.abs(syl.length - y - 3)) : null;
  for (let j = 0; j < syl.length - 1; j++) {
    const k = tailStarts ? tailStarts[j]! : j + 1;
    const tail = syl.slice(k).map(([a, b]): [number, number] => [a, b]);
    // (one syllable only as a province's abbreviation, in any name: "Đại học Bách khoa | TPHCM")
    const abbreviation = tail.length === 1 && /^\p{Lu}{3,}$/u.test(s.text.slice(tail[0]![0], tail[0]![1]));
    if ((namedAfterPerson || tail.length < 2) && !abbreviation) continue;
    // a company keeps a name after its legal form: "Công ty TNHH | Phước Minh" is not cut there
    if (minPersonTail > 2 && syl.slice(0, k).every(([a, b]) => LEGAL_WORDS.has(s.lower.slice(a, b)))) continue;
    // (after a company's legal form, the person is read in three syllables: "Công ty TNHH Thái Hoàng | Lê Văn A")
    if (tail.length > 4 || !syl.slice(k).every(([, , u]) => u)) continue;
    // a province at the end is the body's place, read after the name ("Chi cục Thú y | Hà Nội")
    const [ta, tb] = [tail[0]![0], tail[tail.length - 1]![1]];
    if (places.province(s.text.slice(ta, tb)) || (!abbreviation && tail.length >= minPersonTail && plausibleName(s, tail, names) && !placeNamed(s, ta, tb, places))) {
      syl.length = k;
      dropAnd();
      end = syl.length > 0 ? syl[syl.length - 1]![1] : pos;
      break;
    }
  }
  return end;
}

/**
 * Parses a named organization outside the lexicon ("Trung tâm Giáo dục nghề nghiệp tỉnh Bắc Ninh", "Tổng cục
 * Đường bộ Việt Nam", "Đoàn kiểm tra của Bộ Chính trị"), keeping its name as written and its place, if any.
 */
export function parseGenericBody(s: ScanText, pos: number, places: PlaceLookup, names: NameLexicon, parseInner: (p: number) => ParsedBody | null, relaxCase = false, depth = 0): ParsedBody | null {
  if ((!relaxCase && !isUpper(s.text[pos])) || isWordChar(s.text[pos - 1])) return null;
  if (!NAMED_BODY_FIRST_WORDS.has(firstWordAt(s, pos))) return null;
  const mission = longestPhraseAt(s, pos, MISSIONS);
  if (mission) {
    let e = pos + mission.length;
    const num = /^\s+số\s+\d+/u.exec(s.text.slice(e, e + 12));
    if (num) e += num[0].length;
    const of = /^\s+của\s+/u.exec(s.text.slice(e, e + 8));
    if (of) {
      const inner = parseInner(e + of[0].length);
      if (inner) {
        const base = `${s.text.slice(pos, e).replace(/\s+/gu, ' ')} của ${inner.base}${inner.place ? ` ${inner.place.name}` : ''}`;
        return { start: pos, end: inner.end, kind: 'mission' as ParsedBody['kind'], base, level: inner.level, place: null, needsScope: false, needsCommittee: false, parent: null };
      }
    }
    return null;
  }
  const head = longestPhraseAt(s, pos, HEADS);
  // heads are written as in the lexicon (first letter aside): "TẠP CHÍ" in a page header is not "Tạp chí"
  if (!head || !writtenAsHead(s.text.slice(pos, pos + head.length), HEAD_FORMS.get(head)!)) return null;
  const afterHead = pos + head.length;
  const next = s.lower.slice(skipSpaces(s.text, afterHead)).split(/[^\p{L}\p{M}]/u, 1)[0] ?? '';
  if (NOT_AFTER_HEAD.has(next)) return null;
  // "phòng, chống tham nhũng" is prevention, not an office
  if (head === 'phòng' && preventionAt(s, afterHead)) return null;
  // "Trưởng phòng Sở X": "phòng" in lower case is the title's word, the body named is the department after it
  if (head === 'phòng' && s.text[pos] === 'p' && s.text.startsWith(' Sở ', afterHead)) return parseInner(afterHead + 1);
  // a head word inside a person's name: "Nguyễn Trường Tộ"
  if ((head === 'trường' || head === 'hội') && afterSurname(s, pos, names)) return null;
  // a unit and the body it belongs to, joined by a dash: "Văn phòng - Tổng cục Đường bộ Việt Nam"
  const parentAt = (p: number): ParsedBody | null => parseInner(p) ?? (depth < 2 ? parseGenericBody(s, p, places, names, parseInner, false, depth + 1) : null);
  // the executive of a body's Party organization: "Ban Chấp hành Đảng bộ Viện Kiểm sát nhân dân tỉnh"
  // and its standing committee: "Ban Thường vụ Đảng ủy Tập đoàn X"
  const exec = head === 'ban' ? /^(?:ban chấp hành đảng bộ|ban thường vụ đảng ủy) /u.exec(s.lower.slice(pos, pos + 22)) : null;
  if (exec && isUpper(s.text[pos + exec[0].length])) {
    const of = parentAt(pos + exec[0].length);
    if (of && of.kind !== 'party-committee' && of.kind !== 'party-organization' && of.kind !== 'executive-committee') {
      const standing = exec[0].startsWith('ban thường');
      // the standing committee's "Đảng ủy X" is a mention of its own
      const committee: ParsedBody | undefined = standing ? copyBody(of, { start: pos + 'Ban Thường vụ '.length, kind: 'party-committee' as ParsedBody['kind'], base: `Đảng ủy ${of.base}` }) : undefined;
      return { start: pos, end: of.end, kind: (standing ? 'standing-committee' : 'executive-committee') as ParsedBody['kind'], base: `${standing ? 'Ban Thường vụ Đảng ủy' : 'Ban Chấp hành Đảng bộ'} ${of.base}`, level: of.level, place: of.place, needsScope: of.needsScope, needsCommittee: false, parent: null, within: committee };
    }
  }
  // the Party organization of a body: "Đảng ủy Sở Tài nguyên và Môi trường tỉnh X", "Chi bộ Trạm Y tế xã Y"
  if (PARTY_UNIT_HEADS.has(head) || INVESTIGATION_HEADS.has(head)) {
    const q = skipSpaces(s.text, afterHead);
    // a title right after the unit ends it: "Bí thư Đảng ủy Giám đốc Học viện X" names no "Đảng ủy Giám đốc …"
    if (PARTY_UNIT_HEADS.has(head) && matchRole(s, q)) return null;
    const of = isUpper(s.text[q]) ? parentAt(q) : null;
    if (of && of.kind !== 'party-committee' && of.kind !== 'party-organization') {
      const headName = HEAD_FORMS.get(head)!;
      const kind = INVESTIGATION_HEADS.has(head) ? 'security' : head === 'đảng bộ' ? 'party-organization' : 'party-committee';
      const cellOf = head === 'chi bộ' && of.level === 'unknown' && !of.place ? cellParent(s, of.end, parentAt) : null;
      if (cellOf) return { start: pos, end: cellOf.body.end, kind: 'party-committee' as ParsedBody['kind'], base: `${headName} ${of.base} ${cellOf.name}`, level: cellOf.body.level, place: cellOf.body.place, needsScope: cellOf.body.needsScope, needsCommittee: false, parent: null, within: cellOf.body };
      return { start: pos, end: of.end, kind: kind as ParsedBody['kind'], base: `${expandBodyAbbreviations(headName)} ${of.base}`, level: of.level, place: of.place, needsScope: of.needsScope, needsCommittee: false, parent: null };
    }
  }
  const headAt = (p: number): boolean => {
    const h = longestPhraseAt(s, p, HEADS);
    return h !== undefined && h !== 'ban' && h !== 'hội' && s.text.slice(p + 1, p + h.length) === HEAD_FORMS.get(h)!.slice(1);
  };
  const school = head === 'trường' || head === 'học viện' || head === 'đại học';
  const placeStarts = (p: number): boolean => parsePlaceAfter(s, p, places, 'none') !== null;
  // a company's legal form ("TNHH", "cổ phần", "MTV") is followed by its trade name, often a person's or a place's
  // name ("Công ty TNHH Minh Hòa"): only a full name of three syllables after it is a person's
  const legal = COMPANY_HEADS.has(head) ? LEGAL_FORM.exec(s.text.slice(afterHead, afterHead + 40)) : null;
  // (a form with words in lower case is skipped, one in capitals read as the name's first words)
  const nameFrom = legal && / \p{Ll}/u.test(legal[0]) ? afterHead + legal[0].length : afterHead;
  let end = nameEnd(s, nameFrom, names, places, (p) => parseInner(p) !== null || (s.text[p - 2] === '-' || s.text[p - 2] === '–' ? headAt(p) : false), placeStarts, school, legal ? 3 : 2);
  if (legal && end <= nameFrom) return null;
  if (notNamedByHead(s, pos, head, afterHead, end, places)) return null;
  // a person or place named with a head word ends the name: "Hội đồng Nhà nước Trường Chinh" (not a school's or a
  // company's name: "Tập đoàn Trường Hải")
  if (!school && !COMPANY_HEADS.has(head)) end = beforeHeadedWord(s, afterHead, end, places);
  // a province's newspaper is named by the province alone: "Báo Nghệ An"
  if (head === 'báo' && end > afterHead) {
    const q = skipSpaces(s.text, afterHead);
    const run = capitalizedRun(s, q, 4);
    const e = run[run.length - 1]!;
    const prov = e <= end ? places.province(s.text.slice(q, e)) : undefined;
    if (prov) return { start: pos, end: e, kind: 'other' as ParsedBody['kind'], base: `Báo ${prov.name}`, level: 'province', place: null, needsScope: false, needsCommittee: false, parent: null };
  }
  // a district office's standard name: "Phòng Tài chính - kế hoạch", "Phòng KTHT"
  let standardName: string | null = null;
  if (head === 'phòng') {
    const q = skipSpaces(s.text, afterHead);
    const o = isUpper(s.text[q]) ? longestPhraseAt(s, q, officePhrases) : undefined;
    if (o && q + o.length >= end) {
      end = q + o.length;
      standardName = `Phòng ${OFFICE_NAMES.get(o)!}`;
    }
  }
  // a ministry's standard department, in any case: "Vụ tổ chức cán bộ", "Vụ Pháp chế"
  if (head === 'vụ' && isUpper(s.text[pos])) {
    const q = skipSpaces(s.text, afterHead);
    const o = longestPhraseAt(s, q, departmentPhrases);
    if (o && q + o.length >= end && /^(?:$|[\s,.;:)])/u.test(s.text.slice(q + o.length, q + o.length + 1))) {
      end = q + o.length;
      standardName = `Vụ ${DEPARTMENT_NAMES.get(o)!}`;
    }
  }
  if (end <= afterHead && !COMPLETE_HEADS.has(head)) {
    const dash = /^ [-–] (?=\p{Lu})/u.exec(s.text.slice(afterHead, afterHead + 4));
    const parent = dash ? parentAt(afterHead + dash[0].length) : null;
    if (parent) {
      const headName = HEAD_FORMS.get(head)!;
      return { start: pos, end: parent.end, kind: 'other' as ParsedBody['kind'], base: `${headName} ${parent.base}`, level: parent.level, place: parent.place, needsScope: parent.needsScope, needsCommittee: false, parent: null };
    }
    // a lower-case name closed by its place: "Bệnh viện đa khoa huyện Gia Viễn", "Trạm y tế xã Gia Xuân"
    // after a title, a capitalised head with a lower-case name closed by punctuation: "Chi cục trưởng Chi cục bảo vệ
    // môi trường;"
    const lowerName = /^(?: [\p{Ll}\p{M}]+){1,4}(?= (?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) |(?:TP|TX)\.? ?)\p{Lu})/u.exec(s.text.slice(afterHead, afterHead + 48)) ??
      (relaxCase && LOWER_NAMED_HEADS.has(head) ? (isUpper(s.text[pos]) ? LOWER_NAME_CLOSED : LOWER_NAME_OF_AGENCY).exec(s.text.slice(afterHead, afterHead + 60)) : null);
    // (before its agency, a name's syllables may be any but its first: "công chức-viên chức")
    const words = lowerName?.[0].trim().split(/[ -]/u) ?? [];
    if (!lowerName || (isUpper(s.text[pos]) ? words.some((w) => STOP.has(w)) : NOT_A_NAME_START.has(words[0]!))) return null;
    end = afterHead + lowerName[0].length;
  }
  // a name starts with a capital even where the text wrote the head in lower case ("trưởng phòng Khoáng sản")
  const written = standardName ?? expandBodyAbbreviations(s.text.slice(pos, end).replace(/\s+/gu, ' '));
  let base = written.charAt(0).toUpperCase() + written.slice(1);
  if (head === 'đại học') {
    // "bằng Đại học Luật" is a degree, not a school
    if (DEGREE_BEFORE.test(s.lower.slice(Math.max(0, pos - 16), pos))) return null;
    // a university's member school is a "Trường Đại học" ("Đại học Bách khoa TP.HCM"); the national and regional
    // universities are named "Đại học" with the country's or their place's name ("Đại học Quốc gia Hà Nội")
    const own = base.slice('Đại học '.length);
    if (base.startsWith('Đại học ') && !/^Quốc [Gg]ia(?![\p{L}])/u.test(own) && !places.province(own) && places.districts(own).length === 0) base = `Trường ${base}`;
  }
  if (head === 'chi bộ') {
    const of = cellParent(s, end, parentAt);
    if (of) return { start: pos, end: of.body.end, kind: 'party-committee' as ParsedBody['kind'], base: `${base} ${of.name}`, level: of.body.level, place: of.body.place, needsScope: of.body.needsScope, needsCommittee: false, parent: null, within: of.body };
  }
  const joiner = /^(?: | [-–] )(?=\p{Lu})/u.exec(s.text.slice(end, end + 4));
  if (joiner) {
    const parent = joiner[0] === ' ' ? parseInner(end + 1) : parentAt(end + joiner[0].length);
    if (parent) {
      return { start: pos, end: parent.end, kind: 'other' as ParsedBody['kind'], base: `${base} ${parent.base}`, level: parent.level, place: parent.place, needsScope: parent.needsScope, needsCommittee: false, parent: null, within: parent.place || parent.level === 'central' || parent.kind !== 'other' ? parent : undefined };
    }
  }
  // an abbreviation defined between the name and its place: "Bệnh viện Đa khoa (BVĐK) huyện Thường Xuân"
  const abbr = /^ \(\p{Lu}[\p{Lu}&-]{1,8}\)(?= )/u.exec(s.text.slice(end, end + 14));
  const place = parsePlaceAfter(s, end, places, 'province') ?? (abbr ? parsePlaceAfter(s, end + abbr[0].length, places, 'none') : null);
  if (base.split(' ').length < 2) return null;
  if (!place) {
    const scoped = levelWordOnly(s, base, end);
    if (scoped) return { start: pos, end: scoped.end, kind: 'other' as ParsedBody['kind'], base: scoped.base, level: scoped.level, place: null, needsScope: true, needsCommittee: false, parent: null };
    // a district office named alone ("phòng KTHT") is that of the district the text is about
    if (standardName?.startsWith('Phòng ') && !/^ (?:Sở|sở|thuộc|trực thuộc) /u.test(s.text.slice(end, end + 12))) {
      return { start: pos, end, kind: 'other' as ParsedBody['kind'], base, level: 'district', place: null, needsScope: true, needsCommittee: false, parent: null };
    }
  }
  // a name cut short by a lower-case word is not trusted: it may be the start of a longer name
  // (a company's name after its legal form is whole when it ends on two capitalized syllables: "Công ty TNHH Minh Phát xả …")
  if (!place && /^ [\p{Ll}]/u.test(s.text.slice(end, end + 2)) && !(legal && TRADE_NAME_END.test(s.text.slice(nameFrom, end))) && !/^ (?:của|và|do|đã|được|có|là|tại|với|cho|về|trong|nhằm|sẽ|đang|vừa|cũng|đối với|từ|kiêm|rồi|nhiệm kỳ|khóa)(?![\p{L}])/u.test(s.text.slice(end, end + 11)) && !predicateAfter(s, end)) return null;
  // a sub-department ("Chi cục Kiểm lâm") named without its place is the province's
  // so is a citizens' reception board ("Ban Tiếp công dân") unless the central one
  if (!place && head === 'ban tiếp công dân' && !/ (?:Trung ương|TW|TƯ)$/u.test(base) && !/^ (?:Trung ương|TW|TƯ)/u.test(s.text.slice(end, end + 12))) return { start: pos, end, kind: 'other' as ParsedBody['kind'], base, level: 'province', place: null, needsScope: true, needsCommittee: false, parent: null };
  if (!place && head === 'chi cục') return { start: pos, end, kind: 'other' as ParsedBody['kind'], base, level: 'province', place: null, needsScope: true, needsCommittee: false, parent: null };
  const level = place ? (place.level === 'province' ? 'province' : place.level === 'district' ? 'district' : 'commune') : /Việt Nam|Trung ương|quốc gia/u.test(base) ? 'central' : 'unknown';
  const full = place?.levelWord ? `${base} ${place.levelWord}` : base;
  return { start: pos, end: place?.end ?? end, kind: 'other' as ParsedBody['kind'], base: full, level, place, needsScope: false, needsCommittee: false, parent: null };
}

const CELL_UNIT = /^Chi bộ (?:Phòng|Khoa|Trạm|Tổ|Đội|Ban|Văn phòng|Trung tâm) /u;

/**
 * The Party organization a cell belongs to, written after it: "Chi bộ X, thuộc Đảng bộ Y" (read "Chi bộ X Đảng bộ Y"),
 * "Chi bộ Phòng X (PX), Đảng ủy Công an tỉnh Y" (the cell of that body's unit: "Chi bộ Phòng X Công an tỉnh Y"),
 * "Chi bộ Phòng khám, Bệnh viện Z".
 */
function cellParent(s: ScanText, end: number, parentAt: (p: number) => ParsedBody | null): { body: ParsedBody; name: string } | null {
  const m = /^(?: \(\p{Lu}[\p{Lu}\d&-]{1,8}\))?(,? (?:trực thuộc|thuộc) |, )(?=\p{Lu})/u.exec(s.text.slice(end, end + 28));
  if (!m) return null;
  const body = parentAt(end + m[0].length);
  if (!body || body.base.startsWith('Chi bộ') || !(body.place || body.needsScope || body.level === 'central')) return null;
  if (m[1]!.includes('thuộc')) return { body, name: body.base };
  const own = /^Đảng ủy (?!Khối)(\p{Lu}.*)$/u.exec(body.base);
  if (own) return { body, name: own[1]! };
  const cell = s.text.slice(0, end);
  return body.kind === 'other' && CELL_UNIT.test(cell.slice(cell.lastIndexOf('Chi bộ'))) ? { body, name: body.base } : null;
}

/**
 * Head words that also begin names of people and places ("Trường Chinh", "Hội An", "Đài Loan", "Vụ Bản", "Tây Ban
 * Nha", "Bắc Bộ"): with a name of one capitalized syllable, they are no organization.
 */
const HEADED_WORDS = new Set(['trường', 'hội', 'đài', 'sở', 'vụ', 'bộ', 'ban', 'trạm', 'khoa']);
/** Places whose name starts with a head word, beyond the gazetteer's provinces and districts. */
const HEADED_PLACES = new Set(['đài loan', 'đài bắc', 'trường sơn', 'trường sa', 'trường thành', 'trường giang', 'ban mê']);
const REGION_WORDS = new Set(['bắc', 'nam', 'trung', 'tây', 'đông']);
const COMPANY_HEADS = new Set(['công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng']);
// the words before a degree named after its faculty ("bằng Đại học Luật", "trình độ đại học")
const DEGREE_BEFORE = /(?:bằng|văn bằng|trình độ|hệ|học vị) $/u;
// a unit's lower-case name after a title, closed by punctuation (words may be joined by a dash: "công chức-viên chức");
// with the head in lower case too, only before the agency it belongs to: "Trưởng phòng công chức-viên chức, Sở Nội vụ"
const LOWER_NAME_CLOSED = /^(?: [\p{Ll}\p{M}]+(?:-[\p{Ll}\p{M}]+)?){1,4}(?=\s*[,;.)])/u;
const LOWER_NAME_OF_AGENCY = /^(?: [\p{Ll}\p{M}]+(?:-[\p{Ll}\p{M}]+)?){1,4}(?=, (?:Sở|Bộ|Tổng cục|Cục|Công an|Viện|Ủy ban|UBND|Tòa án|Bộ Chỉ huy|Bệnh viện) )/u;
const NOT_A_NAME_START = new Set(['là', 'của', 'đã', 'được', 'có', 'về', 'tại', 'cho', 'với', 'trong', 'theo', 'và', 'kiêm', 'phụ', 'thuộc', 'nay']);
const GRADE_BEFORE = /(?:^|[^\p{L}])(?:trung|cao|sơ) $/u;
const TRADE_NAME_END = /(?:^|[^\p{L}])\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+$/u;
const LEGAL_WORDS = new Set(['tnhh', 'cp', 'cổ', 'phần', 'mtv']);
// a company's legal form, in capitals or in words, before its trade name
const LEGAL_FORM = /^ (?:TNHH|CP|[Cc]ổ phần|[Tt]rách nhiệm hữu hạn)(?: (?:MTV|[Mm]ột thành viên|[Hh]ai thành viên trở lên))?(?= \p{Lu})/u;

function notNamedByHead(s: ScanText, pos: number, head: string, afterHead: number, end: number, places: PlaceLookup): boolean {
  if (!HEADED_WORDS.has(head)) return false;
  // "Tây Ban Nha", "Bắc Bộ": a region word before the head
  if ((head === 'bộ' || head === 'ban') && s.text[pos - 1] === ' ') {
    const w = wordStartBefore(s, pos - 1);
    if (w < pos - 1 && isUpper(s.text[w]) && REGION_WORDS.has(s.lower.slice(w, pos - 1))) return true;
  }
  const a = skipSpaces(s.text, afterHead);
  const e = syllableEndAt(s.text, a);
  if (e <= a || !titleCase(s, a, e)) return false;
  const two = s.lower.slice(pos, e);
  if (HEADED_PLACES.has(two)) return true;
  const surface = s.text.slice(pos, e);
  if (places.province(surface) || places.districts(surface).length > 0) return true;
  // "Vụ Đồng Tâm", "vụ Yên Bái": a case named by its place or person (a department's name is in sentence case)
  if (head === 'vụ' && /^(?:\p{Lu}[\p{Ll}\p{M}]+ ?){1,3}$/u.test(s.text.slice(a, end))) return true;
  // the name is that one syllable, or that syllable before a dash or a number ("Trường Chinh - Tổng Bí thư")
  return end <= e || (head === 'trường' && /^\s?[-–]|^ \d/u.test(s.text.slice(e, e + 3)));
}

function wordStartBefore(s: ScanText, end: number): number {
  let a = end;
  while (a > 0 && isWordChar(s.text[a - 1])) a--;
  return a;
}

/** The end of a name that closes on a head word and one capitalized syllable ("… Nhà nước Trường Chinh"): before them. */
function beforeHeadedWord(s: ScanText, afterHead: number, end: number, places: PlaceLookup): number {
  const lastStart = wordStartBefore(s, end);
  if (lastStart <= afterHead + 1 || s.text[lastStart - 1] !== ' ' || !titleCase(s, lastStart, end)) return end;
  const headStart = wordStartBefore(s, lastStart - 1);
  if (headStart <= afterHead || s.text[headStart - 1] !== ' ' || !HEADED_WORDS.has(s.lower.slice(headStart, lastStart - 1)) || !isUpper(s.text[headStart])) return end;
  // a place so named is part of the name: "Trung tâm Y tế Hội An", "… Tây Ban Nha"
  const surface = s.text.slice(headStart, end);
  if (REGION_WORDS.has(s.lower.slice(wordStartBefore(s, headStart - 1), headStart - 1))) return end;
  if (places.districts(surface).length > 0 || places.province(surface)) return end;
  return headStart - 1;
}

/** "Phòng, chống": prevention, not an office. */
function preventionAt(s: ScanText, afterHead: number): boolean {
  return /^ ?, ?chống/u.test(s.lower.slice(afterHead, afterHead + 9));
}

/** True when the word before pos is a capitalized surname joined by one space: the head is part of a name. */
function afterSurname(s: ScanText, pos: number, names: NameLexicon): boolean {
  if (s.text[pos - 1] !== ' ' || !isWordChar(s.text[pos - 2])) return false;
  let a = pos - 2;
  while (a > 0 && isWordChar(s.text[a - 1])) a--;
  return isUpper(s.text[a]) && names.isSurname(s.lower.slice(a, pos - 1));
}

const LEVEL_ONLY: Readonly<Record<string, 'province' | 'district'>> = { 'tỉnh': 'province', 'thành phố': 'province', 'huyện': 'district', 'quận': 'district', 'thị xã': 'district' };

/**
 * A name that ends on a level word with no place after it: the place comes from context ("Sở Tư pháp TP",
 * "Ban Quản lý Khu công nghệ cao thành phố", "Bệnh viện Đa khoa huyện").
 */
function levelWordOnly(s: ScanText, base: string, end: number): { base: string; end: number; level: 'province' | 'district' } | null {
  const inName = / (TP\.?|Tỉnh|Huyện)$/u.exec(base);
  if (inName && base.split(' ').length >= 3) {
    const lw = inName[1] === 'Tỉnh' ? 'tỉnh' : inName[1] === 'Huyện' ? 'huyện' : 'thành phố';
    return { base: `${base.slice(0, inName.index)} ${lw}`, end, level: LEVEL_ONLY[lw]! };
  }
  const after = /^ (tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}\p{N}])(?! ?\p{Lu})/u.exec(s.text.slice(end, end + 12));
  if (!after) return null;
  return { base: `${base} ${after[1]!}`, end: end + after[0].length, level: LEVEL_ONLY[after[1]!]! };
}

/** True when a text starts with the head noun of an organization ("Ban Chỉ đạo …", "Trung tâm …"). */
export function startsWithBodyHead(s: ScanText): boolean {
  const head = longestPhraseAt(s, 0, HEADS) ?? longestPhraseAt(s, 0, MISSIONS);
  return head !== undefined && isUpper(s.text[0]) && !(head === 'phòng' && preventionAt(s, head.length));
}
