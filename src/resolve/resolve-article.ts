import { parseAssemblyBody } from '../extract/assembly-bodies.js';
import { nationalMassOrganization } from '../extract/national-mass-organizations.js';
import { findOnlineOutlets } from '../extract/online-outlets.js';
import { copyBody, copyPlace } from '../extract/body-copy.js';
import type { Article, ArticleExtraction, Entity, EntityType, Mention, Props, Relation, RelationType, Span } from '../core/index.js';
import { BODY_FIRST_WORDS, parseBody, type ParsedBody, type PlaceAfter } from '../extract/body-parser.js';
import { NAMED_BODY_FIRST_WORDS, parseGenericBody, startsWithBodyHead } from '../extract/generic-body-parser.js';
import { findCitedPapers, insideOutletName } from '../extract/outlet-names.js';
import { articleDistrict, committeePlace, fullFormOf, isNumberedCommune, listedProvinces, provinceNear, sharedListProvince, type DistrictScope } from '../extract/body-scope.js';
import { findAbbreviationDefinitions } from '../extract/abbreviation-definitions.js';
import { findByline } from '../extract/byline-recognizer.js';
import { furnitureStart } from '../extract/page-furniture.js';
import { findTitleLine } from '../extract/title-line.js';
import { findDocuments } from '../extract/document-recognizer.js';
import { findCongresses, findEventVerbs, findEvents, type CongressMention, type EventMention } from '../extract/event-recognizer.js';
import { isCountryName, readBareName, readNameBackward, readNameForward, type FullNameLexicon, type NameMatch } from '../extract/person-name.js';
import { getNameLexicon } from '../extract/name-lexicon.js';
import { matchRole, ROLE_FIRST_WORDS } from '../extract/role-matcher.js';
import { sentenceIndexAt, splitSentences } from '../extract/sentence-splitter.js';
import { firstWordAt, isUpper, isUpperCode, isWordChar, isWordCode, scanText, type ScanText } from '../extract/text-scan.js';
import { normalizeKey, toRawSpan, type NormalizedText } from '../normalize/index.js';
import { resolveArticleDates, type ArticleDates } from './article-dates.js';
import { aheadOf, inSpan, leadDate, termYearDate } from './event-dates.js';
import { announcedInspection, findVisits } from './secondary-events.js';
import { unifyCodes } from './document-codes.js';
import type { DatelineTag, PlaceScanHit, Resources } from './resources.js';
import { parseTitleChain, type TitleChain } from './title-chains.js';

/** An entity being assembled for one article, with spans in the normalized text. */
interface Draft {
  id: string;
  type: EntityType;
  name: string;
  props: Props;
  spans: Span[];
}

interface PersonDraft {
  name: string;
  key: string;
  spans: Span[];
  province: string | null;
  byline: boolean;
}

interface BodyRef {
  id: string;
  name: string;
  province: string | null;
}

const PERSON_CUE = /(đồng chí|Đồng chí|ông|Ông|bà|Bà|đ\/c|Đ\/c|anh|chị|cử tri|Cử tri|đại biểu|Đại biểu|Đại sứ|đại sứ|Giáo sư|giáo sư|Phó Giáo sư|nhà văn|Nhà văn|nhà thơ|luật sư|Luật sư|cụ|liệt sĩ|Liệt sĩ|bác sĩ|Bác sĩ|Ảnh:|ảnh:|Ảnh minh họa:|Bài và ảnh:|Bài, ảnh:|Tin, ảnh:|Tin và ảnh:|Bài:|Tin:|Nhóm PV|TS\.?|ThS\.?|PGS\.?\s?TS\.?|GS\.?\s?TS\.?|PGS\.?|GS\.?|Tiến sĩ|Thạc sĩ|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|nhà báo|Nhà báo|phóng viên)(?:\s*:\s*|\s+)/gu;
// cues of a credit line: its name is the author's, not someone the article is about
// a cue for several persons, right before the first of their names: "các ông", "Các đồng chí"
const PLURAL_CUE_BEFORE = /(?:^|[^\p{L}])(?:các|Các|hai|Hai|ba|Ba)\s+(?:ông|bà|đồng chí|đ\/c)\s+$/u;
// a title in the plural: "các Phó Chủ tịch", "Các đồng chí Phó Bí thư"
// ("Hai Phó Chủ tịch UBND tỉnh là A và B": a count too)
const PLURAL_TITLE_BEFORE = /(?:^|[^\p{L}])(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn)\s+(?:đồng chí\s+)?$/u;
const CREDIT_CUE = /^(?:Ảnh|ảnh|Bài|Tin|Nhóm PV)/u;
// where a credit's name ends: an outlet after a slash, a bracket, a dash, dots, the end of the line or text
// ("Tin, ảnh: Minh Khôi (TTXVN)": an outlet in brackets)
const CREDIT_END = /^(?:\s*(?:[/)\]]|\.{2,}|…|[-–](?:\s|$)|\n|$)|\.?\s*$|\s\((?=\p{Lu}))/u;
// cues of respect before a pen name that a title follows: "đồng chí Minh Khôi, Ủy viên Trung ương Đảng"
const RESPECT_CUE = /^(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)$/u;
// where a name glued to a title ends: a comma, a stop, a bracket, "và"
const PEN_NAME_END = /^(?:\s*[,.;:)(]|\s+và\s|\s*$)/u;
// newspapers credited for a photo: "(Ảnh: Thanh Niên)"
const OUTLETS = new Set(['thanh niên', 'tuổi trẻ', 'dân trí', 'nhân dân', 'lao động', 'tiền phong', 'người lao động', 'pháp luật', 'vietnamnet', 'tin tức', 'quân đội nhân dân', 'công an nhân dân', 'đại đoàn kết', 'thời nay', 'dân việt', 'giáo dục', 'an ninh thủ đô', 'hà nội mới', 'sài gòn giải phóng', 'tư liệu', 'internet', 'nguồn internet']);
const NON_PERSON_WORDS = '(?:xã|phường|thị trấn|đường|phố|trường|THPT|THCS|tiểu học|cầu|chợ|quảng trường|bệnh viện|tư tưởng|phong cách|đạo đức|lăng|giải|quỹ|công ty|tàu|khu|ấp|thôn|bản|làng|sông|núi|đền|chùa|hẻm|ngõ|đại lộ|học viện|Đại học|đảo|kênh|trạm|sân|nhà văn hóa|nhà thi đấu|TNCS|Cộng sản|di tích|bảo tàng|tượng đài|nghĩa trang|ngã tư|ngã ba|ngã năm|ngã sáu|giao lộ|nút giao|nút giao thông|vòng xoay|bùng binh|đoạn|tuyến|cúp|Cúp|Công ty|Cty|CTCP|TNHH|Tập đoàn|tập đoàn|thương hiệu|nhãn hiệu|Trường|Đường|Phố|Xã|Phường|Huyện|Tỉnh|Quận)';
const NON_PERSON_BEFORE = new RegExp(`${NON_PERSON_WORDS}\\s*$`, 'u');
// a name inside a list that a street word opens: "đường Hoàng Sa, Trường Sa, Võ Văn A", "ngã tư Lê B – Trần C"
const NON_PERSON_LIST_BEFORE = /(?<![\p{L}])(?:đường|phố|đại lộ|hẻm|ngõ|ngã tư|ngã ba|ngã năm|ngã sáu|giao lộ|nút giao(?: thông)?|vòng xoay|bùng binh|đoạn|tuyến|Đường|Phố)\s+(?:\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){1,4}(?: \([^()\n]{1,30}\))?\s*(?:,|-|–|và)\s*){1,6}$/u;
// a house number before a name: "155 Trần Văn A" is a street (not "ngày 12/5 Trần Văn A", "sáng 14 …")
const HOUSE_NUMBER_BEFORE = /(?<![\p{L}\p{N}/.,:\-–])(?<!(?:ngày|tháng|năm|sáng|chiều|tối|trưa|đêm|lúc|khoảng|gồm|có|và) )(?:số )?\d+[A-Za-z]?(?:\/\d+[A-Za-z]?)* $/iu;
// a numbered ward or district after a name: "… ở Trần Văn A, quận 12" is a street
const STREET_AFTER = /^\s*[,(]\s*(?:quận|phường|Q\.|P\.)\s?\d/u;
const CHAIR = /chủ trì/u;
// a list of past posts: "trải qua nhiều vị trí công tác như:", "từng giữ các chức vụ:"
const CAREER_LIST = /(?:trải qua|từng giữ|từng đảm nhiệm|kinh qua)[^.:;]{0,50}(?:vị trí|chức vụ|cương vị|chức danh)[^.:;]{0,25}:/u;
// a biography's list of posts: "Tóm tắt quá trình công tác:", "Quá trình công tác của đồng chí X:"
const CAREER_HEADER = /(?:[Tt]óm tắt )?(?:[Qq]uá trình công tác|QUÁ TRÌNH CÔNG TÁC)(?: của [^:.;\n]{0,60})?\s*:/gu;
// an article that is (or holds) a biography has one of these
const BIOGRAPHY_WORDS = ['sinh năm', 'sinh ngày', 'uê quán', 'quá trình công tác', 'QUÁ TRÌNH CÔNG TÁC', 'iểu sử'];
// a period opening an entry of a career: "+ Tháng 7.1979 – 6.1994: ", "Năm 1985, ", "Từ năm 1999 đến 2006, ông là "
const PERIOD_LABEL = /(?:^|[\n.;:+•(]|\s[-–])\s*(?:[-–+•]\s*)?(?:(?:[Tt]ừ|[Đđ]ến|[Cc]uối|[Đđ]ầu|[Gg]iữa)\s+)?(?:(?:[Nn]ăm|[Tt]háng)\s+)?(?:\d{1,2}[./-]){0,2}(?:19|20)\d\d(?:\s*(?:[-–]|đến|tới)\s*(?:(?:(?:giữa|cuối|đầu)\s+)?(?:năm|tháng)\s+)?(?:(?:\d{1,2}[./-]){0,2}(?:19|20)\d\d|nay))?\s*[:,]\s*(?:(?:ông|bà|đồng chí)\s+)?(?:là|làm|giữ chức(?: vụ)?|được bầu làm|trở thành)?\s*$/u;
// a bare pronoun for a person named before: "ông" with no name after it
// posts named before their holder: "trong thời gian giữ các cương vị A, B, bà X …"
const POSTS_BEFORE_HOLDER = /(?:cương vị|chức vụ|chức danh|(giữ chức))\s*$/u;
// the predecessor in a post: "… giữ chức Trưởng ban X thay ông Y"
const PREDECESSOR = /^\s*,?\s*thay (?:cho )?(?:ông|bà|đồng chí)\s+(?=\p{Lu})/u;
// the holder of posts listed before them referred to by a pronoun: "…, bà đã ký", "… (2004-2010), ông có khuyết điểm"
const PRONOUN_HOLDER_AFTER = /^\s*(?:\([^()]{1,30}\))?\s*,?\s*(?:ông|bà|đồng chí)(?![\p{L}])/u;
const HOLDER_AFTER = /^\s*,\s*(?:ông|bà|đồng chí)\s+(?=\p{Lu})/u;
const PRONOUN = /(?<![\p{L}])(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)(?! \p{Lu})(?![\p{L}])/u;
// names of a kind of body below the province, or of a unit, with no place: not one body
const VAGUE_BODY = /^(?:(?:Thường trực )?(?:Ủy ban nhân dân|Hội đồng nhân dân)(?: (?:huyện|quận|thị xã|xã|phường|thị trấn))?|Công an (?:huyện|quận|thị xã|xã|phường|thị trấn)|Ban Kiểm tra|Văn phòng Sở)$/u;
// where a bare full name may start: three capitalised syllables in a row
// three capitalized words in a row, tried only where a capitalized word starts (sticky)
const BARE_NAME_START = /\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]* \p{Lu}/uy;
const NAME_LEXICON = getNameLexicon();
const BARE_NAME_LEXICON: FullNameLexicon = {
  isSurname: (k) => NAME_LEXICON.isSurname(k),
  isMiddle: (k) => NAME_LEXICON.isMiddle(k),
  isGiven: (k) => NAME_LEXICON.isGiven(k),
};
// titles that name their body's head noun: a "Tổng cục trưởng" heads the Tổng cục named just before
const HEAD_OF_ROLE: Readonly<Record<string, string>> = {
  'tổng cục trưởng': 'Tổng cục', 'cục trưởng': 'Cục', 'vụ trưởng': 'Vụ', 'chi cục trưởng': 'Chi cục', 'viện trưởng': 'Viện',
  'hiệu trưởng': 'Trường', 'giám đốc': 'Sở', 'chánh văn phòng': 'Văn phòng', 'bộ trưởng': 'Bộ', 'thứ trưởng': 'Bộ',
};
// first words of every title and body
const START_WORDS: ReadonlySet<string> = new Set([...ROLE_FIRST_WORDS, ...BODY_FIRST_WORDS, ...NAMED_BODY_FIRST_WORDS, 'nguyên', 'quyền']);
// words that end an apposition: a verb or a new clause between a name and a title
const APPOSITION_BREAK = /[;!?:]|\.(?!\p{Lu})|(?<![\p{L}])(?:cho biết|nói|cho rằng|khẳng định|đề nghị|yêu cầu|phát biểu|là|đã|được|sẽ|đang|và|với|cùng|của)(?![\p{L}])/u;
// words that report an event taking place (not named in passing)
// a sentence reporting a meeting held: "Hội nghị … đã họp", "khai mạc"
const MET = /(?<![\p{L}])(khai mạc|bế mạc|diễn ra|tiến hành|đã họp|họp|long trọng tổ chức|đã tổ chức)(?![\p{L}])/u;
// what stands before a date that leads its sentence: "Sáng 8/2, …", "* Ngày 20-6, …", "Chiều nay (25/11), …"
const LEADING_DATE = /^[\s*•+-]*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)(?: nay| qua)?\s*(?:ngày\s*)?\(?\s*)?$/u;
// an event named by its number: "kỳ họp thứ 4", "Hội nghị lần thứ 10 Ban Chấp hành …"
const ORDINAL_NAMED = /^(?:lần )?thứ\s+\S/u;
// the lead: the title and the first sentences, where an article reports its event
const LEAD_SENTENCES = 3;
// a body meeting: "Đảng ủy xã X họp, thống nhất …", "Ban Thường vụ Tỉnh ủy đã họp"
const BODY_MET = /^\s+(?:đã\s+|vừa\s+)?họp(?=[\s,.;])(?!\s+(?:báo|mặt|bàn|kỳ|phiên|thường kỳ))/u;
const HELD = /(?<![\p{L}])(khai mạc|bế mạc|diễn ra|tiến hành|long trọng tổ chức|đã tổ chức|tổ chức thành công)(?![\p{L}])/u;
// bodies that exist once per province and are named without it ("Sở Nội vụ", "Công an")
const PROVINCIAL_KINDS = new Set(['department', 'security', 'judiciary']);
// the level word of a district Party committee's organization: "Quận ủy Ba Đình" → "Đảng bộ quận Ba Đình"
const DISTRICT_LEVEL_OF_COMMITTEE: Readonly<Record<string, string>> = { 'Quận ủy': 'quận', 'Thị ủy': 'thị xã', 'Thành ủy': 'thành phố', 'Huyện ủy': 'huyện' };
// a unit of such a body ("Chi bộ 3 Sở Xây dựng", "Đảng ủy Công an") is scoped like it
const EMBEDS_PROVINCIAL = / (?:Sở|Công an)(?: |$)/u;
// verbs that put a person (named earlier in the sentence) into the post that follows
const APPOINTMENT = /(?:(?:từng )?(?:đảm nhiệm|giữ|kinh qua|trải qua|đảm đương) (?:các|nhiều|những) (?:chức vụ|cương vị|vị trí|chức danh)(?: quan trọng)?(?: như| gồm)?:?|thôi giữ chức|giữ chức vụ|giữ chức|nhận chức|lên chức|được giao (?:giữ chức |làm |phụ trách )?|kiêm nhiệm|đảm nhiệm chức vụ|đảm nhiệm|được bầu (?:giữ chức |làm )?|bầu (?:giữ chức |làm )?|được bổ nhiệm (?:giữ chức |làm )?|bổ nhiệm (?:giữ chức |làm )?|được chỉ định (?:giữ chức |làm )?|được phân công (?:giữ chức |làm )?|điều động (?:.{0,20}) giữ chức |làm |là |trở thành )\s*$/u;
// a decision handed over or signed: its subject gives the post named after it, and does not take it
const DECISION_GIVEN = /(?<![\p{L}])(?:trao|ký|công bố|trao tặng)(?: các| những)? [Qq]uyết định(?![\p{L}])/u;
// the head's title a body's leader takes: "… do đồng chí X làm Trưởng đoàn"
const LED_BY = /(?<![\p{L}])làm\s+(Trưởng đoàn|trưởng đoàn|Trưởng Đoàn|Trưởng ban|trưởng ban|Trưởng Ban|Tổ trưởng|tổ trưởng)(?![\p{L}])/u;
// units inside a department: "Phòng Khoáng sản", "Chi bộ 4", "Văn phòng Sở"
// (an office's name may be in lower case: "Phòng công chức-viên chức")
const UNIT = /^(?:Phòng \p{Lu}|Phòng [\p{Ll}\p{M}]+(?:[ -][\p{Ll}\p{M}]+)*$|Chi bộ \d|Văn phòng Sở$)/u;
// a unit of a central agency ("Vụ Pháp chế", "Cục Quản lý giá") and the agencies it may belong to
const CENTRAL_UNIT = /^(?:Vụ|Cục) \p{Lu}/u;
const AGENCY_AT_END = / ((?:Bộ (?!Chính trị)|Tổng cục )\p{Lu}.*)$/u;
// a unit whose own name already ends on its agency ("Vụ Kiểm soát chi Kho bạc Nhà nước")
const INNER_AGENCY = / (?:Kho bạc|Tổng cục|Bộ|Ban|Ủy ban|Cục|Tập đoàn|Ngân hàng|Học viện|Mặt trận) /u;
const CENTRAL_AGENCY = /^(?:Bộ (?!Chính trị)\p{Lu}|Tổng cục \p{Lu}|Ban .+ Trung ương$|Ủy ban Kiểm tra Trung ương$|Văn phòng (?:Chính phủ|Quốc hội|Trung ương Đảng|Chủ tịch nước)$|Thanh tra Chính phủ$)/u;
// a comma, then a military or police rank or "đồng chí", before the holder's name
const RANK_AFTER_COMMA = /^,\s*(?:(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá)|đồng chí)\s+(?=\p{Lu})/u;
// the one whose post another takes over, right before the name: "thay ông", "thay thế đồng chí"
const REPLACED_BEFORE = /(?<![\p{L}])thay(?: thế)?\s+(?:(?:ông|bà|đồng chí)\s+)?$/u;
// a person named by the given name alone: "ông Hội", "bà Thu Trang"
const SHORT_NAME = /(?<![\p{L}])(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*)?)(?![\p{L}\p{M}])/gu;
const ATTEND = /(?<![\p{L}])(dự|tham dự|cùng dự|phát biểu|chỉ đạo|kết luận|trao|tặng|chúc mừng|báo cáo|trình bày|tham luận)(?![\p{L}])/u;

// titles the press also writes in lower case mid-sentence ("trưởng Đoàn …", "phó chủ tịch UBND …", "đại biểu Quốc hội")
const LOWER_ROLES = /(?:trưởng|phó|bí thư|chủ tịch|giám đốc|ủy viên|chánh|tổng|bộ trưởng|thứ trưởng|chủ nhiệm|viện phó|hiệu phó|tỉnh ủy viên|huyện ủy viên|thành ủy viên|đại biểu(?= (?:Quốc hội|Hội đồng nhân dân|HĐND)(?![\p{L}])))[ ,]/gu;

/** Offsets where a lower-case title may start, found in one pass, in ascending order. */
function lowerRoleStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(LOWER_ROLES)) if (!isWordChar(text[m.index - 1])) out.push(m.index);
  return out;
}

/** Resolves one article's mentions into entities and relations: the `vnkg extract --json` record. */
export function resolveArticle(article: Article, norm: NormalizedText, res: Resources): ArticleExtraction {
  return new ArticleResolver(article, norm, res).run();
}

interface HeldChain {
  chain: TitleChain;
  person: PersonDraft | null;
  scope: string | null;
}

/** The body fields that name and scope a body entity. */
// the kind of school after a lower-case "trường" ("trường Trung cấp …", "trường THPT …"): not "môi trường Việt Nam";
// and its own name after it, in capitals ("trường THPT Phan Bội Châu"; not "trường THPT chuyên", "trường tiểu học")
const SCHOOL_KIND = /^(?:Đại học|Cao đẳng|Trung cấp|Trung học cơ sở|Trung học phổ thông|Tiểu học|Mầm non|THPT|THCS|PTDTNT|PTDTBT|ĐH|CĐ|Sĩ quan) \p{Lu}(?:[\p{L}\p{N}]| \p{L})/u;

type BodyShape = Pick<ParsedBody, 'base' | 'kind' | 'level' | 'place' | 'needsScope' | 'parent'>;

/**
 * One article's resolution, phase by phase (the numbered methods `run` calls in order). The phases share the
 * article's state through fields; each is a method of its own, so that no one function grows too large for the
 * JIT to compile cheaply.
 */
class ArticleResolver {
  private readonly s: ScanText;
  private readonly text: string;
  private readonly aid: string;
  private readonly sentences: Span[];
  private readonly dates: ArticleDates;
  private readonly published: string | null;

  // 1. title chains and bodies
  private readonly chains: TitleChain[] = [];
  private readonly bodies: ParsedBody[] = [];
  /** Where each capitalized word starts, in text order (one pass finds them for every phase). */
  private readonly capitalStarts: number[] = [];
  // 2. the article's province
  private tag: DatelineTag | undefined;
  private placeHits: PlaceScanHit[] = [];
  private articleProvince: string | null = null;
  private committeeDefault: string | null = null;
  /** The one district the article's bodies are named in (computed when first needed). */
  private bodiesDistrict: DistrictScope | null | undefined;
  // 3. persons
  private readonly persons = new Map<string, PersonDraft>();
  private readonly nameSpans: Span[] = [];
  private readonly held: HeldChain[] = [];
  /** The title of a chain that stands next to its holder's name ("Ủy viên …, Bí thư Tỉnh ủy Nguyễn Văn A": Bí thư). */
  private readonly namedPost = new Map<TitleChain, TitleChain['elements'][number]>();
  /** Titles without an adjacent name, given to a person named elsewhere in the sentence, and list headers. */
  private readonly extraHolders: Array<{ chain: TitleChain; person: PersonDraft; former: boolean }> = [];
  /** "chỉ định ông X tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Y": memberships of Y's committees. */
  private readonly memberships: Array<{ chain: TitleChain; person: PersonDraft; executive: boolean; standing: boolean }> = [];
  private byline: ReturnType<typeof findByline> = null;
  /** Career lists after "Quá trình công tác:", to the end of their paragraph, with the person they are about. */
  private careerRegions: Array<{ start: number; end: number; subject: PersonDraft | null }> | null = null;
  private biography = false;
  // 4. entities and relations being assembled
  private readonly drafts = new Map<string, Draft>();
  private readonly relations: Array<{ type: RelationType; source: string; target: string; props: Props; evidence: Span[] }> = [];
  private readonly bodyRefs = new Map<ParsedBody, BodyRef>();
  private congresses: CongressMention[] = [];
  // 5. persons' entities and posts
  private readonly personIds = new Map<PersonDraft, string>();
  private readonly positionsOf = new Map<string, Array<{ title: string; body: BodyRef }>>();
  // 6. documents
  private readonly docIds: Array<{ id: string; span: Span }> = [];
  private readonly issuerIds = new Set<string>();
  // 7. events
  private organizer: BodyRef | null = null;

  constructor(
    private readonly article: Article,
    private readonly norm: NormalizedText,
    private readonly res: Resources,
  ) {
    // page furniture after the article ("Bài cùng chuyên mục", "Tin liên quan"…) is not read; offsets stay valid
    this.s = scanText(norm.text.slice(0, furnitureStart(norm.text)));
    this.text = this.s.text;
    this.aid = article.id;
    this.sentences = splitSentences(this.text);
    this.dates = resolveArticleDates(this.s, article.published ?? null);
    this.published = this.dates.published;
  }

  run(): ArticleExtraction {
    this.findChainsAndBodies();
    this.addDefinedAbbreviations();
    this.findArticleProvince();
    this.findPersons();
    this.findHoldersElsewhere();
    this.findBylineAndRepeats();
    this.scopeBodies();
    this.resolvePositions();
    this.resolveLedBy();
    this.resolveDocuments();
    this.resolveEvents();
    this.resolvePlaces();
    return this.output();
  }

  private sentenceOf(pos: number): number {
    return sentenceIndexAt(this.sentences, pos);
  }

  private sentenceSpan(pos: number): Span {
    return this.sentences[this.sentenceOf(pos)]!;
  }

  private lexiconBody(p: number, relax = false): ParsedBody | null {
    return parseBody(this.s, p, this.res.places, relax);
  }

  // after a title, a named organization may be written in lower case ("Giám đốc bệnh viện Đa khoa huyện X")
  private bodyAt(p: number, relax = false, afterTitle = false): ParsedBody | null {
    return parseAssemblyBody(this.s, p) ?? this.lexiconBody(p, relax || afterTitle) ?? parseGenericBody(this.s, p, this.res.places, this.res.names, this.lexiconBodyAt, relax || afterTitle);
  }

  private readonly lexiconBodyAt = (q: number): ParsedBody | null => this.lexiconBody(q);
  private readonly bodyAfterTitle = (p: number, relax: boolean): ParsedBody | null => this.bodyAt(p, relax, true);
  /** A name read forward stops at a title or a body. */
  private readonly stopAt = (p: number): boolean => matchRole(this.s, p) !== null || parseBody(this.s, p, this.res.places) !== null;

  // ---- 1. Title chains and bodies, one left-to-right pass over word starts ----
  private findChainsAndBodies(): void {
    const { s, text } = this;
    let skipTo = 0;
    let prevWord = false;
    const lowerStarts = lowerRoleStarts(text);
    let nextLower = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const wasWord = prevWord;
      prevWord = isWordCode(c);
      if (wasWord) continue;
      const upper = isUpperCode(c);
      if (upper) this.capitalStarts.push(i);
      if (i < skipTo) continue;
      // a title chain or a body starts at a capital, at "nguyên "/"quyền " before a title, or at a lower-case
      // title followed by its body ("trưởng Đoàn đại biểu Quốc hội …")
      if (!upper) {
        // a school written with its head in lower case: "học trường Trung cấp Y tế X"
        if (c === 0x74 && isUpperCode(text.charCodeAt(i + 7)) && text.startsWith('trường ', i) && SCHOOL_KIND.test(text.slice(i + 7, i + 24))) {
          const school = parseGenericBody(s, i, this.res.places, this.res.names, this.lexiconBodyAt, true);
          if (school) {
            this.bodies.push(school);
            skipTo = school.end;
            continue;
          }
        }
        while (nextLower < lowerStarts.length && lowerStarts[nextLower]! < i) nextLower++;
        if (!((c === 0x6e && s.lower.startsWith('nguyên ', i)) || (c === 0x71 && s.lower.startsWith('quyền ', i)) || lowerStarts[nextLower] === i)) continue;
      }
      // most capitalized words (names, places, sentence starts) begin no title and no body: one look at the word
      if (upper && !START_WORDS.has(firstWordAt(s, i))) continue;
      const chain = parseTitleChain(s, i, this.res.places, this.bodyAfterTitle, !upper);
      if (chain) {
        this.chains.push(chain);
        for (const el of chain.elements) {
          if (!el.body) continue;
          this.bodies.push(el.body);
          this.addMissionSender(el.body);
        }
        skipTo = chain.end;
        continue;
      }
      if (!upper) continue;
      const body = this.bodyAt(i);
      if (body) {
        this.bodies.push(body);
        skipTo = body.end;
        this.addMissionSender(body);
      }
    }
  }

  /** A mission's sender is a body named too: "Đoàn kiểm tra của Ban Bí thư" names the Ban Bí thư. */
  private addMissionSender(body: ParsedBody): void {
    if (body.kind !== 'mission') return;
    const of = this.text.indexOf(' của ', body.start);
    if (of < 0 || of >= body.end) return;
    const sender = this.lexiconBody(of + 5);
    if (sender && sender.end <= body.end) this.bodies.push(sender);
  }

  // abbreviations the article defines inline ("Ban Chỉ đạo phòng, chống tham nhũng (BCĐ)") name that body later
  private addDefinedAbbreviations(): void {
    const { text, bodies, res } = this;
    for (const def of findAbbreviationDefinitions(text)) {
      const exp = scanText(def.expansion.charAt(0).toUpperCase() + def.expansion.slice(1));
      let parsed = parseBody(exp, 0, res.places) ?? parseGenericBody(exp, 0, res.places, res.names, (q) => parseBody(exp, q, res.places));
      if (!parsed || parsed.end < exp.text.length - 1) {
        // the definition gives the name's extent: "Ban Chỉ đạo phòng, chống tham nhũng (BCĐ)"
        if (!startsWithBodyHead(exp)) continue;
        parsed = { start: 0, end: exp.text.length, kind: 'other', base: exp.text, level: 'unknown', place: null, needsScope: true, needsCommittee: false, parent: null };
        if (!bodies.some((b) => def.start >= b.start && def.start < b.end)) bodies.push(copyBody(parsed, { start: def.start, end: def.end }));
      }
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${def.abbreviation.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index;
        if (text[start - 1] === '(' || bodies.some((b) => start >= b.start && start < b.end)) continue;
        bodies.push(copyBody(parsed, { start, end: start + m[0].length, place: parsed.place ? copyPlace(parsed.place, { start, end: start + m[0].length }) : null }));
      }
    }
  }

  // ---- 2. Article province: dateline tag, else a dominant province ----
  private findArticleProvince(): void {
    const { text, sentences, res } = this;
    this.tag = res.findDatelineTag(text);
    const provinceCounts = new Map<string, number>();
    const countProvince = (p: string | null | undefined, w = 1): void => {
      if (p) provinceCounts.set(p, (provinceCounts.get(p) ?? 0) + w);
    };
    for (const b of this.bodies) {
      if (b.place?.level === 'province') countProvince(b.place.name, 2);
      else if (b.place?.level === 'district') countProvince(b.place.province);
    }
    // a bare place name right after a capitalized surname is more likely part of a person's name ("Nguyễn Phú Lộc")
    this.placeHits = res.scanPlaces(this.s.text, this.s.lower).filter((h) => !(h.precededBySurname && !h.withTypeWord));
    // the title and lead say what the article is about: their places weigh more
    const leadEnd = sentences.length > 2 ? sentences[2]!.end : text.length;
    for (const h of this.placeHits) countProvince(h.level === 'province' ? h.name : h.province, h.start < leadEnd ? 3 : 1);
    this.articleProvince = this.tag?.province ?? null;
    if (!this.articleProvince && provinceCounts.size > 0) {
      const ranked = [...provinceCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const [top, second] = ranked;
      if (top && (!second || top[1] >= 2 * second[1])) this.articleProvince = top[0];
    }
    this.committeeDefault = dominantCommittee(this.bodies);
  }

  // ---- 3. Persons: from title chains, cues, bylines ----
  private addPerson(n: NameMatch, province: string | null, byline = false, titled = false): PersonDraft | null {
    const { persons, res } = this;
    // a place's name is not a person's ("Hồ Chí Minh" of the city, "Sơn Tây"), nor a name after a street or school word;
    // but a full name of three syllables right after a title is ("Chủ tịch Hồ Chí Minh")
    if (!byline && this.isPlaceName(n.name) && !(titled && n.name.split(' ').length >= 3)) return null;
    if (!byline && NON_PERSON_BEFORE.test(this.text.slice(Math.max(0, n.start - 20), n.start))) return null;
    if (!byline && /[,\-–à]\s*$/u.test(this.text.slice(Math.max(0, n.start - 3), n.start)) && NON_PERSON_LIST_BEFORE.test(this.text.slice(Math.max(0, n.start - 200), n.start))) return null;
    const nk = normalizeKey(n.name);
    let d = [...persons.values()].find((x) => normalizeKey(x.name) === nk);
    if (!d) {
      d = { name: n.name, key: nk, spans: [], province, byline };
      persons.set(nk, d);
    }
    if (!d.spans.some((x) => x.start === n.start)) d.spans.push({ start: n.start, end: n.end });
    d.province ??= province;
    if (!byline) d.byline = false;
    this.nameSpans.push({ start: n.start, end: n.end });
    return d;
  }

  private findPersons(): void {
    const { s, text, res, persons, nameSpans } = this;
    for (const found of this.chains) {
      let chain = found;
      const scope = chainScope(chain) ?? null;
      let person: PersonDraft | null = null;
      // name right after: "Bí thư Tỉnh ủy - Nguyễn Văn A", "Bí thư Tỉnh ủy Nguyễn Văn A", "…: ông Nguyễn Văn A"
      // "… - Nguyễn Văn A", "… Nguyễn Văn A", "…: ông A", "… là ông A", "… phụ trách X là ông A"
      // "cách chức Phó Bí thư Chi bộ đối với ông A": the disciplined holder follows "đối với"
      // a name glued to the chain comes first: "Bộ trưởng Bộ X Nguyễn Văn A cho rằng đây là …" has no "… là" holder
      const tail = text.slice(chain.end, chain.end + 64);
      const gluedSep = /^\s+(?:(?:đồng chí|ông|bà)\s+)?/u.exec(tail);
      // "Giám đốc Công an tỉnh X, Đại tá Nguyễn Văn A", "Bí thư Tỉnh ủy, đồng chí A": a rank or "đồng chí" after a comma
      const sep = gluedSep && readNameForward(s, chain.end + gluedSep[0].length, res.names, this.stopAt) ? gluedSep : /^(?:\s*[-–:]\s*|\s+(?:[^.;:,()]{0,40}? )?là\s+|\s+đối với\s+|\s+)(?:(?:đồng chí|ông|bà)\s+)?/u.exec(tail) ?? RANK_AFTER_COMMA.exec(tail);
      // a pen name glued to the title and ending there: "Tổng Bí thư Trường Chinh, …"
      const bare = !chain.elements[chain.elements.length - 1]!.body;
      const after = sep ? readNameForward(s, chain.end + sep[0].length, res.names, this.stopAt) ?? (bare && sep[0] === ' ' ? this.gluedPenName(chain.end + 1) : null) : null;
      // name before: "Nguyễn Văn A, Bí thư …" / "Nguyễn Văn A - Bí thư" / "Nguyễn Văn A (Bí thư …)"
      const before = /(\s*(?:,|-|–|\()\s*)$/u.exec(text.slice(Math.max(0, chain.start - 4), chain.start));
      const beforeName = before ? readNameBackward(s, chain.start - before[1]!.length, res.names) : null;
      // a name glued to the chain ("… Bộ Xây dựng Phạm Văn Bình") is its holder; else the one before the comma
      const glued = after && sep && !/[,:-–]/u.test(sep[0]) && !/ là /u.test(` ${sep[0]}`);
      // a list of persons with their titles: "A, Ủy viên X; Trưởng Ban Y B, …" — the titles before ";" are A's
      const split = glued && beforeName ? this.splitAtSemicolon(chain) : null;
      if (split) {
        const first = this.addPerson(beforeName!, null);
        if (first) {
          this.namedPost.set(split[0], split[0].elements[0]!);
          this.held.push({ chain: split[0], person: first, scope: chainScope(split[0]) ?? null });
          chain = split[1];
        }
      }
      if (glued || (after && !beforeName)) person = this.addPerson(after!, null, false, !!glued);
      if (person) this.namedPost.set(chain, chain.elements[chain.elements.length - 1]!);
      if (!person && beforeName) {
        person = this.addPerson(beforeName, null);
        if (person) this.namedPost.set(chain, chain.elements[0]!);
      }
      if (!person && after) {
        person = this.addPerson(after, null);
        if (person) this.namedPost.set(chain, chain.elements[chain.elements.length - 1]!);
      }
      this.held.push({ chain, person, scope: chain === found ? scope : chainScope(chain) ?? null });
    }
    for (const m of text.matchAll(PERSON_CUE)) {
      if (isWordChar(text[m.index - 1])) continue;
      const p = m.index + m[0].length;
      if (!isUpper(text[p])) continue;
      if (nameSpans.some((x) => x.start === p)) continue;
      this.readCued(p, m[1]!);
    }
    this.findBareNames();
    // lists of names: "Võ Văn Kiệt, Phan Văn Khải, Nguyễn Minh Triết" — a full name right after a found one; a
    // two-word name too in a list a plural cue opens ("các ông Nguyễn Văn A, Trần B") or next to two found names in a
    // row ("Trần B, Nguyễn Văn C, Lê Văn D, Phạm E")
    const plural = new Set<number>();
    // a long list grows by one name a round ("A, B, C, D, E, F" from A alone): rounds until nothing is added
    for (let round = 0, added = true; added && round < 16; round++) {
      added = false;
      const ends = new Set<number>(), starts = new Set<number>();
      for (const d of persons.values()) for (const sp of d.spans) if (!d.byline) { ends.add(sp.end); starts.add(sp.start); }
      for (const d of [...persons.values()]) {
        for (const sp of [...d.spans]) {
          if (d.byline) continue;
          const prev = /,\s*$/u.exec(text.slice(Math.max(0, sp.start - 3), sp.start));
          const listedBefore = !!prev && ends.has(sp.start - prev[0].length);
          const next = /^,\s*/u.exec(text.slice(sp.end, sp.end + 3));
          const listedAfter = !!next && starts.has(sp.end + next[0].length);
          if (listedAfter && prev && !listedBefore) {
            const m = /(?:^|[,:(]|\s(?:như|gồm|và|là))\s*(\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*)$/u.exec(text.slice(Math.max(0, sp.start - prev[0].length - 40), sp.start - prev[0].length));
            const n = m ? readNameForward(s, sp.start - prev[0].length - m[1]!.length, res.names, this.stopAt) : null;
            if (n && n.end === sp.start - prev[0].length && !nameSpans.some((x) => x.start === n.start) && !this.placeLike(n) && !this.namesAPlace(n.name) && this.addPerson(n, null)) added = true;
          }
          const sep = /^(?:\s*\([^()\n]{1,160}\))?\s*(?:,|và|;)\s*(?:(?:ông|bà)\s+)?/u.exec(text.slice(sp.end, sp.end + 180));
          if (!sep) continue;
          const n = readNameForward(s, sp.end + sep[0].length, res.names, this.stopAt);
          if (!n || nameSpans.some((x) => x.start === n.start)) continue;
          const inPlural = plural.has(sp.start) || PLURAL_CUE_BEFORE.test(text.slice(Math.max(0, sp.start - 24), sp.start));
          const inList = inPlural || (listedBefore && /^\s*,\s*$/u.test(sep[0]));
          if (n.name.split(' ').length < (inList && !sep[0].includes(';') ? 2 : 3)) continue;
          if (n.name.split(' ').length === 2 && !inPlural && (this.placeLike(n) || this.namesAPlace(n.name))) continue;
          // the whole run of capitals, not its first words ("Trần Văn A Vũ Văn B" is two names without their comma)
          if (text[n.end] === ' ' && isUpper(text[n.end + 1]) && !this.stopAt(n.end + 1)) continue;
          if (!this.addPerson(n, null)) continue;
          added = true;
          if (inPlural) plural.add(n.start);
        }
      }
    }
  }

  /** The name after a cue ("ông", "Ảnh:") at p. */
  private readCued(p: number, cue: string): void {
    const { s, res } = this;
    // a credit ("Ảnh: Trí Dũng/TTXVN", "Tin, ảnh: MAI VĂN A") names its author, often by a pen name without a surname
    const credit = CREDIT_CUE.test(cue);
    let n = readNameForward(s, p, res.names, this.stopAt);
    if (!n && credit && !matchRole(s, p) && !this.bodyAt(p)) {
      const pen = readNameForward(s, p, res.names, this.stopAt, false);
      if (pen && CREDIT_END.test(this.text.slice(pen.end, pen.end + 4)) && this.penName(pen)) n = pen;
    }
    // a name without a known surname after a cue of respect, when a title follows its comma: a pen name
    if (!n && RESPECT_CUE.test(cue) && !matchRole(s, p) && !this.bodyAt(p)) {
      const pen = readNameForward(s, p, res.names, this.stopAt, false);
      const comma = pen ? /^,\s*/u.exec(this.text.slice(pen.end, pen.end + 3)) : null;
      if (pen && comma && matchRole(s, pen.end + comma[0].length) && this.penName(pen)) n = pen;
    }
    if (n) this.addPerson(n, null, credit);
  }

  /** A name without a known surname right after a title, ending where the clause does. */
  private gluedPenName(p: number): NameMatch | null {
    if (!isUpper(this.text[p])) return null;
    const n = readNameForward(this.s, p, this.res.names, this.stopAt, false);
    return n && PEN_NAME_END.test(this.text.slice(n.end, n.end + 4)) && this.penName(n) ? n : null;
  }

  /** A credit's name without a surname is a pen name of Vietnamese name syllables, no place and no outlet. */
  private penName(n: NameMatch): boolean {
    const key = normalizeKey(n.name);
    if (OUTLETS.has(key) || isCountryName(key) || this.isPlaceName(n.name)) return false;
    const known = (w: string): boolean => NAME_LEXICON.isGiven(w) || NAME_LEXICON.isMiddle(w) || NAME_LEXICON.isSurname(w);
    // a rare surname before known syllables is still a name ("MÈ QUANG THẮNG"), a foreign word is not ("Internet …")
    const words = key.split(' ');
    if (words.length === 4 && words[0] === words[2] && words[1] === words[3]) return false;
    return (known(words[0]!) || (words.length >= 3 && /[^\x00-\x7f]/u.test(words[0]!))) && words.slice(1).every(known);
  }

  /** A chain cut at its last ";" between two titles: the titles before and after it. */
  private splitAtSemicolon(chain: TitleChain): [TitleChain, TitleChain] | null {
    const els = chain.elements;
    for (let k = els.length - 1; k > 0; k--) {
      if (!this.text.slice(els[k - 1]!.end, els[k]!.start).includes(';')) continue;
      const head = els.slice(0, k);
      const tail = els.slice(k);
      return [
        { start: chain.start, end: head[head.length - 1]!.end, elements: head },
        { start: tail[0]!.start, end: chain.end, elements: tail },
      ];
    }
    return null;
  }

  /** Full names standing alone, outside every title chain and body: "…, Trần Văn Bình cho biết". */
  private findBareNames(): void {
    const { s, text } = this;
    // names, chains and bodies found so far, by start: a candidate inside one of them is skipped
    const taken: Span[] = [...this.nameSpans, ...this.chains, ...this.bodies].map((x) => ({ start: x.start, end: x.end }));
    taken.sort((a, b) => a.start - b.start);
    let t = 0;
    let reach = -1; // the furthest end among the spans that start at or before the candidate
    for (const p of this.capitalStarts) {
      BARE_NAME_START.lastIndex = p;
      if (!BARE_NAME_START.test(text)) continue;
      while (t < taken.length && taken[t]!.start <= p) reach = Math.max(reach, taken[t++]!.end);
      if (p < reach) continue;
      const n = readBareName(s, p, BARE_NAME_LEXICON, this.stopAt);
      if (!n || this.placeLike(n) || this.namesAPlace(text.slice(n.start, n.end))) continue;
      // a name found here also covers the words after its first
      if (this.addPerson(n, null)) reach = Math.max(reach, n.end);
    }
  }

  /** A run that opens with a province's name ("Thái Bình Dương", "Hà Nam Ninh") names a place, not a person. */
  private placeLike(n: NameMatch): boolean {
    const second = this.text.indexOf(' ', this.text.indexOf(' ', n.start) + 1);
    return this.res.places.province(this.text.slice(n.start, second), true) !== undefined;
  }

  /**
   * A name that the article writes anywhere as a street, a school or a company ("155 Trần Văn A", "đường Trần Văn A",
   * "Trần Văn A, quận 12", "CTCP Trần Văn A") names that thing wherever it stands alone in the article.
   */
  /** A province's or a district's name ("Hồ Chí Minh", "Sơn Tây"). */
  private isPlaceName(name: string): boolean {
    return this.res.places.province(name, true) !== undefined || this.res.places.districts(name).length > 0;
  }

  private namesAPlace(name: string): boolean {
    const { text } = this;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      const before = text.slice(Math.max(0, at - 20), at);
      if (NON_PERSON_BEFORE.test(before) || HOUSE_NUMBER_BEFORE.test(before) || STREET_AFTER.test(text.slice(end, end + 16))) return true;
      if (/[,\-–à]\s*$/u.test(before) && NON_PERSON_LIST_BEFORE.test(text.slice(Math.max(0, at - 200), at))) return true;
    }
    return false;
  }

  /** The persons named between two offsets, in text order: the last one, or all once each. */
  private personAt(from: number, to: number, last: boolean): PersonDraft[] {
    const found: Array<{ p: PersonDraft; at: number }> = [];
    for (const d of this.persons.values()) for (const sp of d.spans) if (sp.start >= from && sp.end <= to && !d.byline) found.push({ p: d, at: sp.start });
    found.sort((a, b) => a.at - b.at);
    const list = found.map((f) => f.p);
    return last ? list.slice(-1) : [...new Set(list)];
  }

  /**
   * A person named again by the given name alone after "ông"/"bà" ("bà Trang nhận chức …") between two offsets:
   * the one person of the article whose full name ends so, if there is exactly one.
   */
  private shortNamed(from: number, to: number): PersonDraft[] {
    let last: string | null = null;
    for (const m of this.text.slice(from, to).matchAll(SHORT_NAME)) last = m[1]!;
    if (!last) return [];
    const found = [...this.persons.values()].filter((p) => !p.byline && p.name.endsWith(` ${last}`) && p.name.split(' ').length >= 2);
    return found.length === 1 ? found : [];
  }

  /**
   * "ông"/"đồng chí" with no name after it, between two offsets of a sentence, refers to the person named last
   * before the sentence in its paragraph ("Ông Nguyễn Văn A … Năm 2006, ông trở thành Bộ trưởng …").
   */
  private pronounSubject(from: number, to: number): PersonDraft | null {
    const seg = this.text.slice(from, to);
    if (!PRONOUN.test(seg) || this.personAt(from, to, true).length > 0) return null;
    const lineStart = Math.max(this.text.lastIndexOf('\n', from) + 1, from - 1500);
    // the one a post is taken over from is not who the story goes on about: "… làm Bí thư thay ông A. Ông là …"
    const found: Array<{ p: PersonDraft; at: number }> = [];
    for (const d of this.persons.values()) for (const sp of d.spans) if (sp.start >= lineStart && sp.end <= from && !d.byline) found.push({ p: d, at: sp.start });
    found.sort((a, b) => a.at - b.at);
    const last = found[found.length - 1];
    if (last && found.length > 1 && REPLACED_BEFORE.test(this.text.slice(Math.max(0, last.at - 24), last.at))) return found[found.length - 2]!.p;
    return last?.p ?? null;
  }

  /**
   * A list of posts (chains joined by commas) after "giữ các chức vụ", then a pronoun or a given name: "…, bà đã ký",
   * "…, bà Thanh tham gia". The posts are former posts of the person named last before, or of the one so named.
   */
  private postsOfPronoun(first: HeldChain, sent: Span): boolean {
    const { text } = this;
    const run = [first];
    for (let i = this.held.indexOf(first) + 1; i < this.held.length; i++) {
      const next = this.held[i]!;
      // commas between, or one post we could not read ("…, chủ tịch HĐQT, …")
      if (next.person || !/^\s*[,;]\s*(?:[^,;.()]{1,30}[,;]\s*)?$/u.test(text.slice(run[run.length - 1]!.chain.end, next.chain.start))) break;
      run.push(next);
    }
    const end = run[run.length - 1]!.chain.end;
    const pronoun = PRONOUN_HOLDER_AFTER.exec(text.slice(end, end + 40));
    if (!pronoun) return false;
    const at = end + pronoun[0].length;
    // a name after the pronoun that is no given name of someone named before is someone we did not read
    const [short] = this.shortNamed(at - 12, at + 20);
    const unread = !short && /^\s+\p{Lu}/u.test(text.slice(at, at + 3));
    const [holder] = short ? [short] : unread ? [] : this.personAt(sent.start, first.chain.start, true).concat(this.pronounSubject(sent.start, at) ?? []);
    if (!holder) return false;
    for (const h of run) if (!this.extraHolders.some((x) => x.chain === h.chain)) this.extraHolders.push({ chain: h.chain, person: holder, former: true });
    return true;
  }

  /** "… giữ chức A thay ông Y": Y held A before. */
  private addPredecessor(chain: TitleChain): void {
    const m = PREDECESSOR.exec(this.text.slice(chain.end, chain.end + 30));
    if (!m) return;
    const at = chain.end + m[0].length;
    const [p] = this.personAt(at, at + 40, false);
    if (p && p.spans.some((x) => x.start === at)) this.extraHolders.push({ chain, person: p, former: true });
  }

  /**
   * The person a biography's entry is about: a title with no name of its own inside a career list ("Quá trình công
   * tác: + 1979 – 1994: Bí thư Tỉnh đoàn …"), or right after a period in an article holding a biography ("Năm 1985,
   * Phó Giám đốc Sở X"), is a post of the person named last before it. `current` when the period runs "đến nay".
   */
  private biographySubject(pos: number): { person: PersonDraft; current: boolean } | null {
    const { text } = this;
    if (!this.careerRegions) {
      this.careerRegions = [];
      // cheap tests first: most articles hold no biography
      this.biography = BIOGRAPHY_WORDS.some((w) => text.includes(w));
      for (const m of this.biography ? text.matchAll(CAREER_HEADER) : []) {
        const start = m.index + m[0].length;
        const nl = text.indexOf('\n', start);
        // "Quá trình công tác của đồng chí X:" names its subject; else the person named last before the list
        const [subject] = this.personAt(m[0].includes(' của ') ? m.index : Math.max(0, m.index - 3000), start, true);
        this.careerRegions.push({ start, end: nl < 0 ? text.length : nl, subject: subject ?? null });
      }
    }
    if (!this.biography) return null;
    // a period ends on ":" or "," a few words before the title, after a year
    const near = text.slice(Math.max(0, pos - 30), pos);
    const label = (near.includes(':') || near.includes(',')) && /\d\d/u.test(near) ? PERIOD_LABEL.exec(text.slice(Math.max(0, pos - 80), pos)) : null;
    const current = label !== null && /(?:đến|tới) nay/u.test(label[0]);
    const region = this.careerRegions.find((r) => pos >= r.start && pos < r.end);
    if (region) return region.subject ? { person: region.subject, current } : null;
    if (!label) return null;
    const [subject] = this.personAt(Math.max(0, pos - 2000), pos, true);
    return subject ? { person: subject, current } : null;
  }

  /**
   * A title in the plural names all its holders in a row after it: "các Phó Chủ tịch UBND tỉnh A, B và C" — the
   * persons listed after the first holder hold it too.
   */
  private pluralHolders(h: HeldChain): void {
    const { text } = this;
    this.pluralHoldersBefore(h);
    if (!PLURAL_TITLE_BEFORE.test(text.slice(Math.max(0, h.chain.start - 16), h.chain.start))) return;
    let at = h.person!.spans.find((x) => x.start >= h.chain.end && x.start - h.chain.end <= 12)?.end;
    while (at !== undefined) {
      const sep = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?:(?:ông|bà)\s+)?/u.exec(text.slice(at, at + 16));
      if (!sep) return;
      const next = at + sep[0].length;
      const p = [...this.persons.values()].find((d) => !d.byline && d.spans.some((x) => x.start === next));
      const end = p?.spans.find((x) => x.start === next)!.end ?? 0;
      // a name with its own title after it is no more in the row ("…, B, Giám đốc Sở X")
      if (!p || this.chains.some((c) => c.start > end && c.start - end <= 3)) return;
      if (!this.extraHolders.some((x) => x.chain === h.chain && x.person === p)) this.extraHolders.push({ chain: h.chain, person: p, former: false });
      at = end;
    }
  }

  /** "Các ông A và B, Phó Chủ tịch UBND tỉnh": every name of a list a plural cue opens holds the title after it. */
  private pluralHoldersBefore(h: HeldChain): void {
    const { text } = this;
    let start = h.person!.spans.find((x) => x.end <= h.chain.start && h.chain.start - x.end <= 3 && /^\s*,\s*$/u.test(text.slice(x.end, h.chain.start)))?.start;
    const row: PersonDraft[] = [];
    while (start !== undefined) {
      const sep = /(?:\s*,\s*|\s+và\s+)(?:(?:ông|bà)\s+)?$/u.exec(text.slice(Math.max(0, start - 12), start));
      // the list closes with "và" before the last name ("A, B và C, Phó Chủ tịch …"), not a row of titled names
      if (!sep || (row.length === 0 && !/và/u.test(sep[0]))) break;
      const end = start - sep[0].length;
      const p = [...this.persons.values()].find((d) => !d.byline && d.spans.some((x) => x.end === end));
      if (!p) break;
      row.push(p);
      start = p.spans.find((x) => x.end === end)!.start;
    }
    if (row.length === 0 || start === undefined || !PLURAL_CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return;
    for (const p of row) if (!this.extraHolders.some((x) => x.chain === h.chain && x.person === p)) this.extraHolders.push({ chain: h.chain, person: p, former: false });
  }

  // titles without an adjacent name: "… ông X … giữ chức Phó Bí thư Tỉnh ủy Y", "thôi giữ chức …", and list headers
  // ("các đồng chí Ủy viên Trung ương Đảng: A, B, C")
  private findHoldersElsewhere(): void {
    const { text } = this;
    for (const h of this.held) {
      if (h.person) {
        this.pluralHolders(h);
        continue;
      }
      const sent = this.sentenceSpan(h.chain.start);
      const lead = text.slice(Math.max(sent.start, h.chain.start - 40), h.chain.start);
      const bio = this.biographySubject(h.chain.start);
      if (bio) {
        if (bio.current) h.person = bio.person;
        else this.extraHolders.push({ chain: h.chain, person: bio.person, former: true });
        continue;
      }
      // a career list: "… đã trải qua nhiều vị trí công tác như: A; B; C" — past posts of the sentence's subject
      const career = CAREER_LIST.exec(text.slice(sent.start, h.chain.start));
      if (career) {
        const [subject] = this.personAt(sent.start, sent.start + career.index, false);
        const holder = subject ?? this.pronounSubject(sent.start, sent.start + career.index);
        if (holder) {
          this.extraHolders.push({ chain: h.chain, person: holder, former: true });
          continue;
        }
      }
      // "Trước khi giữ chức A, ông X …": only when nobody is named before the post in the sentence
      const posts = POSTS_BEFORE_HOLDER.exec(lead);
      const after = posts && (!posts[1] || this.personAt(sent.start, h.chain.start, true).length === 0) ? HOLDER_AFTER.exec(text.slice(h.chain.end, h.chain.end + 20)) : null;
      const [named] = after ? this.personAt(h.chain.end + after[0].length, h.chain.end + after[0].length + 40, false) : [];
      if (named && named.spans.some((x) => x.start === h.chain.end + after![0].length)) {
        h.person = named;
        continue;
      }
      // "Trong thời gian giữ các chức vụ A, B (2004-2010), bà đã …": the person the pronoun refers to holds every
      // title of the list
      if (posts && this.postsOfPronoun(h, sent)) continue;
      const verb = APPOINTMENT.exec(lead);
      if (verb) {
        const [holder] = this.personAt(sent.start, h.chain.start - verb[0].length, true)
          .concat(this.shortNamed(sent.start, h.chain.start - verb[0].length))
          .concat(this.pronounSubject(sent.start, h.chain.start - verb[0].length) ?? []);
        const lastMention = holder?.spans.filter((x) => x.end <= h.chain.start).sort((a, b) => b.end - a.end)[0];
        const between = lastMention ? text.slice(lastMention.end, h.chain.start) : '';
        // "A trao quyết định bổ nhiệm B giữ chức …": A gives the post, B (whom we may not have read) takes it
        if (holder && !DECISION_GIVEN.test(between)) {
          h.person = holder;
          this.addPredecessor(h.chain);
          if (/tham gia/u.test(between)) {
            this.memberships.push({ chain: h.chain, person: holder, executive: /Ban Chấp hành|BCH/u.test(between), standing: /Ban Thường vụ|BTV/u.test(between) });
          }
          if (/thôi|nguyên|từng/u.test(verb[0])) this.extraHolders.push({ chain: h.chain, person: holder, former: true });
        }
        continue;
      }
      // an apposition that the person's name opens: "ông Mai Văn A (57 tuổi, Ủy viên …, Chủ tịch UBND xã X)",
      // "ông B, đảng viên Chi bộ thôn C, nguyên Huyện ủy viên, …"
      const [near] = this.personAt(sent.start, h.chain.start, true);
      const nearEnd = near?.spans.filter((x) => x.end <= h.chain.start).sort((a, b) => b.end - a.end)[0]?.end;
      if (near && nearEnd !== undefined) {
        const between = text.slice(nearEnd, h.chain.start);
        // ("ông A (SN 1964) - Trưởng phòng …": a dash after the bracket too)
        if (between.length <= 100 && /^\s*[(,]/u.test(between) && /(?:[,(]|\)\s*[-–])\s*$/u.test(between) && !APPOSITION_BREAK.test(between)) {
          h.person = near;
          continue;
        }
      }
      if (/^\s*:/u.test(text.slice(h.chain.end, h.chain.end + 3))) {
        for (const p of this.personAt(h.chain.end, sent.end, false)) this.extraHolders.push({ chain: h.chain, person: p, former: false });
      }
    }
  }

  private findBylineAndRepeats(): void {
    const { text } = this;
    this.byline = findByline(text);
    for (const n of this.byline?.names ?? []) this.addPerson(n, null, true);
    // more mentions of the names found: exact and in capitals; a person named like a place only where read as a person
    for (const d of this.persons.values()) {
      if (this.res.places.province(d.name, true) || this.res.places.districts(d.name).length > 0) continue;
      for (const form of new Set([d.name, d.name.toUpperCase()])) {
        let at = text.indexOf(form);
        while (at >= 0) {
          const end = at + form.length;
          if (!isWordChar(text[at - 1]) && !isWordChar(text[end]) && !d.spans.some((x) => x.start === at)) d.spans.push({ start: at, end });
          at = text.indexOf(form, end);
        }
      }
    }
  }

  // ---- 4. Bodies: scope, canonical names, ids ----
  private addDraft(id: string, type: EntityType, name: string, props: Props, span: Span | null): Draft {
    let d = this.drafts.get(id);
    if (!d) {
      d = { id, type, name, props: { ...props }, spans: [] };
      this.drafts.set(id, d);
    } else {
      for (const [k, v] of Object.entries(props)) if (d.props[k] === undefined || d.props[k] === null) d.props[k] = v;
    }
    if (span && !d.spans.some((x) => x.start === span.start && x.end === span.end)) d.spans.push(span);
    return d;
  }

  private relate(type: RelationType, source: string, target: string, props: Props, evidence: Span[]): void {
    if (source === target) return;
    const found = this.relations.find((r) => r.type === type && r.source === source && r.target === target && (type !== 'HOLDS_POSITION' || (r.props['title'] === props['title'] && r.props['former'] === props['former'])));
    if (found) {
      for (const e of evidence) if (!found.evidence.some((x) => x.start === e.start)) found.evidence.push(e);
      return;
    }
    this.relations.push({ type, source, target, props, evidence: [...evidence] });
  }

  private placeEntity(name: string, level: 'province' | 'district', province: string | null | undefined, span: Span | null): string {
    const id = level === 'province' ? `Place:${normalizeKey(name)}` : `Place:${normalizeKey(name)}|${normalizeKey(province ?? '?' + this.aid)}`;
    this.addDraft(id, 'Place', name, { level, province: level === 'district' ? (province ?? null) : null }, span);
    if (level === 'district' && province) {
      const pid = this.placeEntity(province, 'province', null, null);
      if (span) this.relate('LOCATED_IN', id, pid, {}, [this.sentenceSpan(span.start)]);
    }
    return id;
  }

  // in an article about several provinces, the province (or district) last named in the same sentence, else
  // in the same paragraph, scopes a body named without one ("…tỉnh Kon Tum: ông A, Giám đốc Sở Công Thương tỉnh")
  private localPlace(pos: number, level: 'province' | 'district'): PlaceScanHit | null {
    const sent = this.sentenceSpan(pos);
    const lineStart = this.text.lastIndexOf('\n', pos) + 1;
    let inSentence: PlaceScanHit | null = null;
    let inLine: PlaceScanHit | null = null;
    let laterInSentence: PlaceScanHit | null = null;
    for (const h of this.placeHits) {
      if (h.level !== level || (level === 'district' && !h.withTypeWord)) continue;
      if (h.start >= pos) {
        // a district named later in the same sentence: "Ủy viên BTV Huyện ủy, Trưởng Công an huyện X"
        if (level === 'district' && h.start < sent.end) laterInSentence ??= h;
        continue;
      }
      if (h.start >= sent.start) inSentence = h;
      if (h.start >= lineStart) inLine = h;
    }
    return inSentence ?? laterInSentence ?? inLine;
  }

  /** The district named near pos, else the one district the article's bodies are in. */
  private districtNear(pos: number): { name: string; province: string | null } | null {
    const d = this.localPlace(pos, 'district');
    if (d) return d;
    if (this.bodiesDistrict === undefined) this.bodiesDistrict = articleDistrict(this.bodies, this.res.places, this.articleProvince);
    return this.bodiesDistrict;
  }

  /** For "Thành ủy", "… thành phố" without a place in the article of a province (not a city): the city named near. */
  private cityOfProvince(b: BodyShape, pos: number): { name: string; province: string | null } | null {
    if (!/(?:^|[ ])(?:Thành ủy|thành phố)$/u.test(b.base) || !this.articleProvince) return null;
    if (this.res.places.province(this.articleProvince, true)?.typeWord !== 'tỉnh') return null;
    const d = this.districtNear(pos);
    if (!d || this.res.places.districts(d.name, d.province ?? this.articleProvince)[0]?.typeWord !== 'thành phố') return null;
    return d;
  }

  private bodyEntity(b: BodyShape, span: Span | null, scopeHint: string | null, scopeAt: number | null = null): BodyRef {
    const { bodies, res, articleProvince, aid } = this;
    // where the body is written, to look for the place it belongs to
    const at = span?.start ?? scopeAt;
    let province: string | null = null;
    let district: string | null = null;
    if (!b.place && /Khối$/u.test(b.base)) {
      // a short form ("Đảng ủy Khối", "Đảng bộ Khối") of the bloc committee named in full in the article
      const full = bodies.find((x) => x.base.startsWith(`${b.base} `) || x.base.startsWith(`${b.base.replace('Đảng bộ', 'Đảng ủy')} `));
      if (full) b = { ...b, base: full.base, level: full.level };
    } else if (/^Đảng bộ Khối /u.test(b.base) && bodies.some((x) => x.base === b.base.replace('Đảng bộ', 'Đảng ủy'))) {
      b = { ...b, base: b.base.replace('Đảng bộ', 'Đảng ủy'), kind: 'party-committee' };
    }
    // the Front's Party group is named after the Front, not its committee
    if (b.base === 'Đảng đoàn Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam') b = { ...b, base: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam' };
    let name = b.base;
    if (b.place) {
      // numbered places carry their type word in their name: "quận" + "Quận 2" reads "Quận 2"
      const lw = /^(\p{L}+) \d+$/u.exec(b.place.name)?.[1]?.toLowerCase();
      name = `${lw && b.base.endsWith(` ${lw}`) ? b.base.slice(0, -lw.length - 1) : b.base} ${b.place.name}`;
      if (b.place.level === 'province') province = b.place.name;
      else if (b.place.level === 'district') {
        district = b.place.name;
        province = b.place.province ?? (articleProvince && res.places.districts(b.place.name, articleProvince).length > 0 ? articleProvince : null);
      } else {
        province = scopeHint ?? articleProvince;
        // "Đảng ủy Phường 5" is told apart by its district: "Đảng ủy phường 5 thành phố Cà Mau"
        const d = isNumberedCommune(b.place) && at !== null ? this.districtNear(at) : null;
        if (d) {
          // numbered districts carry their type word in their name ("Quận 5")
          const typeWord = /^\p{L}+ \d+$/u.test(d.name) ? '' : `${res.places.districts(d.name, d.province ?? undefined)[0]?.typeWord ?? 'huyện'} `;
          name = `${name} ${typeWord}${d.name}`;
          province = d.province ?? province;
        }
      }
    } else if (b.needsScope && b.level === 'province' && at !== null && this.cityOfProvince(b, at)) {
      // "Thành ủy" in a province's article is the committee of a city inside it: "Thành ủy Bảo Lộc"
      const d = this.cityOfProvince(b, at)!;
      name = `${b.base} ${d.name}`;
      district = d.name;
      province = d.province ?? articleProvince;
    } else if (b.needsScope && b.level === 'district' && at !== null) {
      // "Quận ủy" in a paragraph about one district: that district
      const near = this.districtNear(at);
      // a numbered district carries its type word in its name ("UBND quận" of Quận 9 is "Ủy ban nhân dân Quận 9"),
      // and is no other level's ("UBND huyện" is not Quận 1's)
      const numbered = near ? /^(\p{L}+) \d+$/u.exec(near.name) : null;
      const written = / (huyện|quận|thị xã|thành phố)$/u.exec(b.base);
      const d = numbered && written && written[1] !== numbered[1]!.toLowerCase() ? null : near;
      if (d) {
        // "Phòng Nội vụ" of a district is written with the district's type word; "Quận ủy" names it already
        const typeWord = numbered || written || /(?:ủy|đoàn)$/u.test(b.base) ? '' : `${res.places.districts(d.name, d.province ?? undefined)[0]?.typeWord ?? 'huyện'} `;
        name = `${numbered && written ? b.base.slice(0, written.index) : b.base} ${typeWord}${d.name}`;
        district = d.name;
        province = d.province ?? articleProvince;
      }
    } else if (b.needsScope) {
      // a province named in the body's sentence or its paragraph's lead comes before the article's
      // (of the type the name says: "UBND tỉnh" is no city's, "Thành ủy" no province's)
      const typeWord = /(?:tỉnh|Tỉnh ủy|Tỉnh đoàn)$/u.test(b.base) ? 'tỉnh' : /(?:thành phố|Thành ủy|Thành đoàn)$/u.test(b.base) ? 'thành phố' : null;
      const fits = (p: string): boolean => typeWord === null || res.places.province(p, true)?.typeWord === typeWord;
      const near = at !== null ? provinceNear(this.placeHits, this.text, this.sentenceSpan(at).start, at, fits) : null;
      const scope = b.level === 'province' || b.level === 'unknown' ? (scopeHint ?? near ?? articleProvince ?? (at !== null ? this.localPlace(at, 'province')?.name ?? null : null)) : null;
      const endsOnLevel = /tỉnh$|thành phố$|Tỉnh ủy$|Thành ủy$|Tỉnh đoàn$|Thành đoàn$/u.test(b.base);
      if (scope && (endsOnLevel || (b.level === 'province' && b.kind !== 'other'))) {
        name = `${b.base} ${scope}`;
        province = scope;
      } else if (scope && (PROVINCIAL_KINDS.has(b.kind) || b.kind === 'assembly-delegation' || EMBEDS_PROVINCIAL.test(b.base) || b.level === 'province')) {
        // "Sở Nội vụ" in a province's article is that province's department
        name = `${b.base} ${res.places.province(scope, true)?.typeWord ?? 'tỉnh'} ${scope}`;
        province = scope;
      }
    }
    // a mass organization named bare in an article about no province is the national one ("Hội Liên hiệp Phụ nữ")
    const national = !b.place && province === null && district === null && articleProvince === null && b.needsScope ? nationalMassOrganization(b.base) : undefined;
    if (national) name = national;
    const central = b.level === 'central' || national !== undefined;
    const scoped = central || province !== null || (b.place !== null && b.place.level === 'province');
    // a province whose bare name is ambiguous is written with its type word: "Thành ủy Thành phố Hồ Chí Minh"
    const formal = province ? res.places.province(province, true)?.formalName : undefined;
    if (province && formal && formal !== province && name.endsWith(` ${province}`)) {
      name = `${name.slice(0, -province.length).replace(/(?:thành phố|tỉnh) $/iu, '')}${formal}`;
    }
    let id = `Organization:${normalizeKey(name)}`;
    if (district || b.place?.level === 'commune') id += `|${normalizeKey(province ?? '?' + aid)}`;
    else if (!scoped && (b.needsScope || /tỉnh|huyện|Tỉnh ủy|Huyện ủy/u.test(b.base))) id += `|@${aid}`;
    this.addDraft(id, 'Organization', name, { kind: b.kind, province, level: b.level }, span);
    // places are provinces and districts: a commune is kept in the body's name, not as a place of its own
    if (b.place && span && b.place.level !== 'commune') {
      const named = insideOutletName(this.text, b.place.start);
      const pid = this.placeEntity(b.place.name, b.place.level, b.place.level === 'district' ? province : null, named ? null : { start: b.place.start, end: b.place.end });
      this.relate('LOCATED_IN', id, pid, {}, [this.sentenceSpan(span.start)]);
    } else if (province && span) {
      this.relate('LOCATED_IN', id, this.placeEntity(province, 'province', null, null), {}, [this.sentenceSpan(span.start)]);
    }
    if (b.parent && span) {
      const parent = this.bodyEntity({ base: b.parent.base, kind: b.parent.kind, level: b.parent.level, place: b.place, needsScope: b.needsScope, parent: null }, null, province ?? scopeHint, at);
      this.relate('PART_OF', id, parent.id, {}, [this.sentenceSpan(span.start)]);
    }
    return { id, name, province };
  }

  /**
   * A named institution written without its place takes the province of the like institution the same person
   * holds in the same sentence: "nguyên Giám đốc Trung tâm A, giữ chức Giám đốc Trung tâm B tỉnh X" (A is in X too).
   */
  private scopedLikeSibling(h: HeldChain, b: ParsedBody): ParsedBody {
    const si = this.sentenceOf(h.chain.start);
    for (const o of this.held) {
      if (o.person !== h.person || this.sentenceOf(o.chain.start) !== si) continue;
      for (const e of o.chain.elements) {
        const p = e.body?.place;
        if (e.body?.kind === 'other' && p?.level === 'province' && p.levelWord) {
          return copyBody(b, { base: `${b.base} ${p.levelWord}`, level: 'province', place: p });
        }
      }
    }
    return b;
  }

  /**
   * A unit named without the body it belongs to ("Phòng Khoáng sản", "Chi bộ 4", "Văn phòng Sở") in a paragraph about
   * one department belongs to the department named last before it in the paragraph.
   */
  private unitOfDepartment(b: ParsedBody): ParsedBody {
    const lineStart = this.text.lastIndexOf('\n', b.start) + 1;
    let dept: ParsedBody | null = null;
    for (const o of this.bodies) {
      if (o.end > b.start || o.start < lineStart) continue;
      if (o.kind === 'department' || (/^(?:Đảng ủy|Đảng bộ|Chi bộ) Sở /u.test(o.base) && o.place)) dept = o;
    }
    if (!dept) return b;
    const parent = dept.base.replace(/^(?:Đảng ủy|Đảng bộ|Chi bộ) /u, '');
    const own = b.base.replace(/ Sở$/u, '');
    // a Party cell belongs to the department's Party organization: "Chi bộ 4 Đảng bộ Sở X"
    return copyBody(b, { base: `${own} ${own.startsWith('Chi bộ ') ? 'Đảng bộ ' : ''}${parent}`, kind: 'department', level: dept.level, place: dept.place, needsScope: dept.needsScope });
  }

  /** A unit followed by its agency after a comma: "Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh X". */
  private agencyAfterUnit(b: ParsedBody): ParsedBody | null {
    const comma = /^\s*,\s*/u.exec(this.text.slice(b.end, b.end + 4));
    if (!comma) return null;
    const at = b.end + comma[0].length;
    const o = this.bodies.find((x) => x.start === at);
    if (!o || UNIT.test(o.base) || !(o.place || o.level === 'central' || PROVINCIAL_KINDS.has(o.kind))) return null;
    return copyBody(b, { base: `${b.base} ${o.base}`, level: o.level, place: o.place, needsScope: o.needsScope });
  }

  /**
   * A unit of a central agency named alone ("Phó Vụ trưởng Vụ Pháp chế, …") belongs to the agency written right after
   * it ("Vụ Pháp chế, Bộ Xây dựng"), else to the one named last before it in the sentence, else the first after it.
   */
  private unitOfAgency(b: ParsedBody): ParsedBody {
    if (INNER_AGENCY.test(b.base.slice(3))) return b;
    const sent = this.sentenceSpan(b.start);
    let before: { o: ParsedBody; name: string } | null = null;
    let after: { o: ParsedBody; name: string } | null = null;
    for (const o of this.bodies) {
      if (o.start < sent.start || o.start >= sent.end || o === b) continue;
      // the agency itself, or the agency a unit of it names ("Văn phòng - Tổng cục Đường bộ Việt Nam")
      const name = CENTRAL_AGENCY.test(o.base) ? o.base : AGENCY_AT_END.exec(o.base)?.[1];
      if (!name || (b.base.startsWith('Cục ') && !/^(?:Bộ|Tổng cục) /u.test(name))) continue;
      if (o.end <= b.start) before = { o, name };
      else if (o.start >= b.end && (!after || o.start < after.o.start)) after = { o, name };
    }
    const adjacent = after && /^\s*,?\s*$/u.test(this.text.slice(b.end, after.o.start)) ? after : null;
    const agency = adjacent ?? before ?? after;
    // a ministry's department ("Vụ") with none in its sentence: of the one ministry the article names
    if (!agency) return b.base.startsWith('Vụ ') ? fullFormOf(copyBody(b, { base: `${b.base} Bộ` }), this.bodies) ?? b : b;
    return copyBody(b, { base: `${b.base} ${agency.name}`, level: 'central', place: null, needsScope: false });
  }

  private scopeBodies(): void {
    const { bodyRefs } = this;
    // "theo báo Thanh Niên": a paper cited in lower case (it replaces a body read inside its name)
    for (const paper of findCitedPapers(this.s, this.bodies, this.res.places)) {
      const i = this.bodies.findIndex((b) => b.start === paper.start + 4);
      if (i >= 0) this.bodies.splice(i, 1);
      this.bodies.push(paper);
    }
    // "Trao đổi với VietNamNet": an online outlet cited by its brand (it replaces a paper read as "Báo X")
    for (const outlet of findOnlineOutlets(this.s)) {
      for (let k = this.bodies.length - 1; k >= 0; k--) if (this.bodies[k]!.start >= outlet.start && this.bodies[k]!.start < outlet.end) this.bodies.splice(k, 1);
      this.bodies.push(outlet);
    }
    // "Chi bộ X, thuộc Đảng bộ Y": the body named inside another's name is a mention of its own
    for (const b of this.bodies.slice()) if (b.within && !this.bodies.some((x) => x.start === b.within!.start)) this.bodies.push(b.within);
    // "UBND tỉnh A, B": the same body of province B
    for (const b of this.bodies.slice()) {
      for (const l of listedProvinces(this.s, b, this.res.places)) if (!this.bodies.some((x) => x.start <= l.start && l.start < x.end)) this.bodies.push(l);
    }
    for (const h of this.held) {
      for (const el of h.chain.elements) {
        if (!el.body) continue;
        let b = el.body;
        if (b.needsCommittee) {
          const sibling = h.chain.elements.find((e) => e.body && !e.body.needsCommittee && (e.body.parent || e.body.kind === 'party-committee'));
          const committee = sibling?.body?.parent?.base ?? (sibling?.body?.kind === 'party-committee' ? sibling.body.base : null) ?? this.committeeDefault;
          if (!committee) continue;
          const sib = sibling?.body;
          // without a sibling, the committee as the article names it elsewhere ("Huyện ủy Chư Sê")
          const named = sib ? null : committeePlace(this.bodies, committee);
          const place = sib?.place ?? named?.place ?? null;
          const level = sib?.level ?? named?.level ?? (/^(?:Huyện|Quận|Thị) ủy$/u.test(committee) ? 'district' : 'province');
          b = copyBody(b, { base: `${b.base} ${committee}`, level, place, needsScope: !place, needsCommittee: false, parent: { base: committee, kind: 'party-committee', level: 'province' } });
        }
        if (el.title === 'Ủy viên Ban Thường vụ' && b.parent) {
          // gold convention: "Ủy viên Ban Thường vụ" of the committee itself (Tỉnh ủy X)
          this.bodyEntity(b, { start: el.body.start, end: el.body.end }, h.scope);
          b = copyBody(b, { base: b.parent.base, kind: 'party-committee', parent: null });
          bodyRefs.set(el.body, this.bodyEntity(b, null, h.scope, el.body.start));
          continue;
        }
        // a title in a body we cannot place ("Phó Chủ tịch UBND xã") is no post of a known body
        if (!b.place && / (xã|phường|thị trấn)$|^Ủy ban nhân dân$|^Thường trực Hội đồng nhân dân$/u.test(b.base)) continue;
        if (b.level === 'unknown' && !b.place) b = fullFormOf(b, this.bodies) ?? b;
        if (b.kind === 'other' && b.level === 'unknown' && !b.place && h.person) b = this.scopedLikeSibling(h, b);
        if (b.kind === 'other' && b.level === 'unknown' && !b.place && !b.needsScope && UNIT.test(b.base)) b = this.agencyAfterUnit(b) ?? this.unitOfDepartment(b);
        if (b.kind === 'other' && b.level === 'unknown' && !b.place && !b.needsScope && CENTRAL_UNIT.test(b.base)) b = this.unitOfAgency(b);
        bodyRefs.set(el.body, this.bodyEntity(b, { start: el.body.start, end: el.body.end }, h.scope));
      }
    }
    this.congresses = findCongresses(this.s);
    // "Thành ủy, HĐND, UBND TP X": bodies listed before one that names the province are that province's
    const inOrder = this.bodies.slice().sort((a, b) => a.start - b.start);
    const listed = new Map<ParsedBody, string>();
    for (let k = 0; k < inOrder.length; k++) {
      const b = inOrder[k]!;
      if (!b.needsScope || b.place) continue;
      const p = sharedListProvince(this.text, inOrder, k);
      if (p) listed.set(b, p);
    }
    for (const b of this.bodies) {
      if (bodyRefs.has(b) || b.needsCommittee) continue;
      // a body inside a congress name is part of the event's name, not a body mention of its own
      if (this.congresses.some((c) => b.start >= c.start && b.start < c.end)) continue;
      // "toàn Đảng bộ tỉnh" is the province's Party membership in general, not a named body
      // ("Đảng bộ tỉnh" in the article of a province is that province's Party organization)
      const provincial = / tỉnh$/u.test(b.base) && this.articleProvince !== null && this.res.places.province(this.articleProvince, true)?.typeWord === 'tỉnh';
      if (b.kind === 'party-organization' && !b.place && !/Khối/u.test(b.base) && (!provincial || /(?:[Tt]oàn|[Cc]ác|[Cc]ả) $/u.test(this.text.slice(b.start - 5, b.start)))) continue;
      if (b.needsScope && (b.base === 'Ban Chấp hành' || b.base === 'Ban Chấp hành Đảng bộ' || b.base === 'Ban Thường vụ Đảng bộ')) continue;
      // "Công an xã", "UBND phường" without a name: a kind of body, not a body
      if (!b.place && / (xã|phường|thị trấn)$/u.test(b.base)) continue;
      // "các Tỉnh ủy", "UBND tỉnh, thành phố": every such body, not one
      if (b.needsScope && !b.place && (/(?:^|[^\p{L}])các $/u.test(this.text.slice(b.start - 5, b.start)) || /^,? (?:thành phố|tỉnh|huyện|quận|thị xã)(?![\p{L}])(?! \p{Lu})/u.test(this.text.slice(b.end, b.end + 14)))) continue;
      // "UBND huyện", "Huyện ủy" with no district named anywhere near: which district is unknown
      if (!b.place && (b.level === 'district' || / (huyện|quận|thị xã)$/u.test(b.base)) && !this.districtNear(b.start)) continue;
      const full = b.level === 'unknown' && !b.place ? fullFormOf(b, this.bodies) ?? b : b;
      const unit = full.kind === 'other' && full.level === 'unknown' && !full.place && !full.needsScope && CENTRAL_UNIT.test(full.base) ? this.unitOfAgency(full) : full;
      bodyRefs.set(b, this.bodyEntity(unit, { start: b.start, end: b.end }, listed.get(b) ?? null));
    }
  }

  // ---- 5. Persons become entities; positions ----
  // a person's context: the province of their posts; none for holders of central posts only (a national
  // leader is the same person in every province's news); else the article's province
  private personProvince(p: PersonDraft): string | null {
    let central = false;
    for (const h of this.held) {
      if (h.person !== p) continue;
      for (const el of h.chain.elements) {
        const r = el.body ? this.bodyRefs.get(el.body) : undefined;
        if (r?.province) return r.province;
        if (el.body?.level === 'central' || el.impliedBody) central = true;
      }
    }
    return p.byline || central ? null : this.articleProvince;
  }

  /** "Tổng cục trưởng Nguyễn Văn A" after "Tổng cục Đường bộ Việt Nam" was named: the head of that body. */
  private headOfNamedBody(roleKey: string, pos: number): BodyRef | null {
    const head = HEAD_OF_ROLE[roleKey.replace(/^phó /u, '')];
    if (!head) return null;
    if (head === 'Bộ') return this.ministryOfSentence(pos);
    const from = this.sentences[Math.max(0, this.sentenceOf(pos) - 1)]!.start;
    let found: BodyRef | null = null;
    for (const [b, r] of this.bodyRefs) if (b.start >= from && b.end <= pos && r.name.startsWith(`${head} `)) found = r;
    return found;
  }

  /**
   * The body a title names by its head noun alone ("Phó Hiệu trưởng trường này", "ông A (Giám đốc Trung tâm) … của
   * Trung tâm X"): the last body so headed named before it since the previous sentence, else the first after it in
   * its sentence.
   */
  private bodyOfHead(head: string, pos: number): BodyRef | null {
    const from = this.sentences[Math.max(0, this.sentenceOf(pos) - 1)]!.start;
    const sentEnd = this.sentenceSpan(pos).end;
    let before: BodyRef | null = null;
    let after: { at: number; r: BodyRef } | null = null;
    for (const [b, r] of this.bodyRefs) {
      if (!(r.name.startsWith(`${head} `) || (head === 'Trường' && /^(?:Đại học|Học viện) /u.test(r.name))) || b.start < from || b.start >= sentEnd) continue;
      if (b.end <= pos) before = r;
      else if (b.start > pos && (!after || b.start < after.at)) after = { at: b.start, r };
    }
    return before ?? after?.r ?? null;
  }

  /**
   * A minister named without a ministry ("Thay mặt Bộ Xây dựng, Bộ trưởng Nguyễn Văn A"): the one ministry the
   * sentence names before the title; none when it names another after it or several ("… đề nghị Bộ Quốc phòng …").
   */
  private ministryOfSentence(pos: number): BodyRef | null {
    const sent = this.sentenceSpan(pos);
    let found: BodyRef | null = null;
    for (const [b, r] of this.bodyRefs) {
      if (b.kind !== 'ministry' || b.start < sent.start || b.start >= sent.end || r === found) continue;
      if (found || b.end > pos) return null;
      found = r;
    }
    return found;
  }

  private resolvePositions(): void {
    const { personIds, positionsOf, published, text } = this;
    for (const p of this.persons.values()) {
      const province = this.personProvince(p);
      const id = `Person:${p.key}|${province ? normalizeKey(province) : ''}`;
      personIds.set(p, id);
      const d = this.addDraft(id, 'Person', p.name, { province }, null);
      for (const sp of p.spans) if (!d.spans.some((x) => x.start === sp.start)) d.spans.push(sp);
    }
    const holdings = [
      ...this.held.filter((h) => h.person && !this.extraHolders.some((x) => x.chain === h.chain && x.person === h.person)).map((h) => ({ chain: h.chain, person: h.person!, former: false })),
      ...this.extraHolders,
    ];
    for (const h of holdings) {
      const pid = personIds.get(h.person)!;
      for (const el of h.chain.elements) {
        let ref: BodyRef | undefined = el.body ? this.bodyRefs.get(el.body) : undefined;
        if (!ref && el.impliedBody) {
          ref = this.bodyEntity({ base: el.impliedBody, kind: 'national', level: 'central', place: null, needsScope: false, parent: null }, null, null);
        }
        if (!ref && !el.body) ref = (el.headRef ? this.bodyOfHead(el.headRef, h.chain.start) : this.headOfNamedBody(el.role.key, h.chain.start)) ?? undefined;
        if (!ref) continue;
        // the post was observed on the article's date
        const title = el.title;
        this.relate('HOLDS_POSITION', pid, ref.id, { title, asOf: published, former: el.role.former || h.former }, [{ start: h.chain.start, end: h.chain.end }]);
        const list = positionsOf.get(pid) ?? [];
        list.push({ title, body: ref });
        positionsOf.set(pid, list);
      }
    }
    for (const m of this.memberships) {
      const pid = personIds.get(m.person);
      const el = m.chain.elements.find((e) => e.body && (e.body.kind === 'party-committee' || e.body.parent?.kind === 'party-committee'));
      if (!pid || !el?.body) continue;
      const committee = el.body.kind === 'party-committee' ? el.body : copyBody(el.body, { base: el.body.parent!.base, kind: 'party-committee' as const, parent: null });
      const ev = [{ start: m.chain.start, end: m.chain.end }];
      const spanOf = (re: RegExp): Span | null => {
        const seg = text.slice(Math.max(0, m.chain.start - 80), m.chain.start);
        const hit = re.exec(seg);
        return hit ? { start: m.chain.start - seg.length + hit.index, end: m.chain.start - seg.length + hit.index + hit[0].length } : null;
      };
      if (m.standing) {
        const ref = this.bodyEntity(copyBody(committee, { base: `Ban Thường vụ ${committee.base}`, kind: 'standing-committee', parent: null }), spanOf(/Ban Thường vụ|BTV/u), null);
        this.relate('HOLDS_POSITION', pid, ref.id, { title: 'Ủy viên', asOf: published, former: false }, ev);
      }
      if (m.executive) {
        const level = committee.level === 'district' ? (committee.place?.levelWord ?? DISTRICT_LEVEL_OF_COMMITTEE[committee.base] ?? 'huyện') : committee.base === 'Thành ủy' ? 'thành phố' : 'tỉnh';
        const ref = this.bodyEntity(copyBody(committee, { base: `Ban Chấp hành Đảng bộ ${level}`, kind: 'executive-committee', parent: null }), spanOf(/Ban Chấp hành|BCH/u), null);
        this.relate('HOLDS_POSITION', pid, ref.id, { title: 'Ủy viên', asOf: published, former: false }, ev);
      }
    }
    // role-only mentions ("Đồng chí Bí thư Tỉnh ủy") → the holder named in the article: a title with no name of its
    // own, whose title and body are the post that one person holds with the title written next to their name
    const named = new Map<string, Set<PersonDraft>>();
    for (const h of this.held) {
      const el = h.person ? this.namedPost.get(h.chain) : undefined;
      const ref = el?.body ? this.bodyRefs.get(el.body) : undefined;
      if (!el || !ref) continue;
      const k = `${normalizeKey(el.title)}|${ref.id}`;
      named.set(k, (named.get(k) ?? new Set()).add(h.person!));
    }
    for (const h of this.held) {
      if (h.person) continue;
      // a title followed by a capitalized word names someone else we did not read ("Tổng Bí thư Lê Hoàng")
      if (/^\s*[-–:]?\s*\p{Lu}/u.test(text.slice(h.chain.end, h.chain.end + 4))) continue;
      // nor a name before it ("…, Lê Hoàng - Bí thư …"), nor a name read inside it
      if (/\p{Lu}[\p{L}\p{M}]*\s*[-–,(]?\s*$/u.test(text.slice(Math.max(0, h.chain.start - 12), h.chain.start))) continue;
      if (this.nameSpans.some((x) => x.start < h.chain.end && x.end > h.chain.start)) continue;
      const el = h.chain.elements[0]!;
      const ref = el.body ? this.bodyRefs.get(el.body) : undefined;
      if (!ref) continue;
      const holders = named.get(`${normalizeKey(el.title)}|${ref.id}`);
      if (holders?.size !== 1) continue;
      const pid = personIds.get([...holders][0]!);
      if (pid) this.drafts.get(pid)!.spans.push({ start: h.chain.start, end: h.chain.end });
    }
  }

  // "Đoàn kiểm tra của Bộ Chính trị do đồng chí X, Ủy viên Bộ Chính trị, làm Trưởng đoàn": X heads that body
  private resolveLedBy(): void {
    const { text } = this;
    for (const [b, ref] of this.bodyRefs) {
      const cue = /^\s+do\s+(?:đồng chí|ông|bà|Đồng chí)?\s*/u.exec(text.slice(b.end, b.end + 20));
      // the sender inside "Đoàn kiểm tra của Bộ Chính trị" is not the one led
      if (!cue || [...this.bodyRefs.keys()].some((o) => o.start < b.start && o.end >= b.end)) continue;
      const from = b.end + cue[0].length;
      const sent = this.sentenceSpan(b.start);
      const led = LED_BY.exec(text.slice(from, Math.min(sent.end, from + 300)));
      if (!led) continue;
      const [person] = this.personAt(from, from + led.index, false);
      const pid = person ? this.personIds.get(person) : undefined;
      // the leader named right after "do", or after the titles written before the name ("do Ủy viên Bộ Chính trị, … X làm Trưởng đoàn")
      const titled = this.held.some((h) => h.chain.start === from && h.person === person);
      if (!pid || !(person!.spans.some((x) => x.start === from) || titled)) continue;
      const title = led[1]!.charAt(0).toUpperCase() + led[1]!.slice(1).toLowerCase();
      this.relate('HOLDS_POSITION', pid, ref.id, { title, asOf: this.published, former: false }, [{ start: b.start, end: from + led.index + led[0].length }]);
      const list = this.positionsOf.get(pid) ?? [];
      list.push({ title, body: ref });
      this.positionsOf.set(pid, list);
    }
  }

  // ---- 6. Documents ----
  private resolveDocuments(): void {
    const { s, text, res, dates } = this;
    const docMentions = unifyCodes(findDocuments(s));
    for (const [di, dm] of docMentions.entries()) {
      let p = dm.tail;
      let date: string | null = null;
      const dt = dates.dates.find((d) => d.start >= p && d.start - p <= 12 && d.year !== null);
      if (dt) {
        date = dt.iso;
        p = dt.end;
      }
      let issuer: BodyRef | null = null;
      // in a list ("18-NQ/TW, Nghị quyết số 19-NQ/TW của …") the issuer after the last applies to all
      let q = di;
      while (q + 1 < docMentions.length && /^\s*(?:,|và|;)\s*$/u.test(text.slice(docMentions[q]!.tail, docMentions[q + 1]!.start))) q++;
      if (q !== di) p = docMentions[q]!.tail;
      const of = /^\s*,?\s*(?:của|do)\s+/u.exec(text.slice(p, p + 12));
      let term = dm.term;
      if (of) {
        const b = parseBody(s, p + of[0].length, res.places);
        const after = b ? b.end : p + of[0].length;
        if (b) issuer = this.bodyEntity(b, { start: b.start, end: b.end }, null);
        else {
          const tw = /^(Trung ương|TW)(?![\p{L}])/u.exec(text.slice(after, after + 12));
          if (tw) issuer = this.bodyEntity({ base: 'Ban Chấp hành Trung ương Đảng', kind: 'executive-committee', level: 'central', place: null, needsScope: false, parent: null }, { start: after, end: after + tw[0].length }, null);
        }
        const k = /^\s*,?\s*\(?khóa\s+([XVIL]+)/u.exec(text.slice(issuer ? (b?.end ?? after + 2) : after, (b?.end ?? after) + 20));
        if (k) term = k[1]!;
        if (!b && issuer) {
          const k2 = /^(?:Trung ương|TW)\s*,?\s*\(?khóa\s+([XVIL]+)/u.exec(text.slice(after, after + 30));
          if (k2) term = k2[1]!;
        }
      }
      const year = date ? date.slice(0, 4) : null;
      // "Quy chế làm việc" is named by its issuer: "Quy chế làm việc của Tỉnh ủy Bình Định"
      const named = !dm.code && dm.docType === 'Quy chế' && issuer && /^Quy chế (?:làm việc|hoạt động)$/u.test(dm.name ?? '') ? `${dm.name!} của ${issuer.name}`
        : dm.about && issuer ? `${dm.docType!} của ${issuer.name}${dm.about}` : dm.name;
      const ident = dm.code ?? named ?? '';
      const id = `Document:${normalizeKey(ident)}${year ? `|${year}` : term ? `|${term.toLowerCase()}` : ''}`;
      const name = dm.code ? `${dm.docType ?? 'Văn bản'} ${dm.code}` : named!;
      this.addDraft(id, 'Document', name, { code: dm.code, docType: dm.docType, issuer: issuer?.name ?? null, date, term, inferred: dm.inferred || null }, { start: dm.start, end: dm.end });
      const ev = this.sentenceSpan(dm.start);
      if (issuer) {
        this.relate('ISSUED', issuer.id, id, {}, [ev]);
        this.issuerIds.add(issuer.id);
      }
      this.docIds.push({ id, span: { start: dm.start, end: dm.end } });
    }
  }

  // ---- 7. Events ----
  /** An event's date: a relative date of its sentence ("sáng nay"), else the sentence's first full date. */
  private eventDate(pos: number): string | null {
    const sent = this.sentences[this.sentenceOf(pos)]!;
    const inSentence = this.dates.dates.filter((d) => d.start >= sent.start && d.end <= sent.end);
    const today = inSentence.find((d) => (d.today || d.offset) && d.iso);
    if (today) {
      const next = inSentence.find((d) => d.start >= today.end && d.start - today.end <= 4 && d.day > 0 && d.iso);
      return next?.iso ?? today.iso;
    }
    // the sentence's first date is the event's; a year-less one stays unknown rather than take a cited paper's date;
    // the span an anniversary counts ("Lễ kỷ niệm 60 năm … (14/6/1957 - 14/6/2017)") is not the day it is held
    const own = inSentence.find((d) => d.day > 0 && !inSpan(this.text, d));
    if (own) return own.iso;
    // "Chiều cùng ngày, …": the day of the last sentence before it led by a date ("Sáng 8/2, …"), not a date read
    // inside one (a birthday, a paper's)
    return inSentence.length === 0 && this.s.lower.slice(sent.start, sent.end).includes('cùng ngày') ? this.lastLeadingDate(this.sentenceOf(pos)) : null;
  }

  /** The date that leads the nearest of the few sentences before sentence `si` led by one, or null. */
  private lastLeadingDate(si: number): string | null {
    const { dates } = this.dates;
    let j = dates.length - 1;
    for (let k = si - 1; k >= Math.max(0, si - 12); k--) {
      const sp = this.sentences[k]!;
      while (j >= 0 && dates[j]!.start >= sp.end) j--;
      let lead: (typeof dates)[number] | null = null;
      for (let i = j; i >= 0 && dates[i]!.start >= sp.start; i--) lead = dates[i]!;
      if (lead && lead.day > 0 && LEADING_DATE.test(this.text.slice(sp.start, lead.start)) && !inSpan(this.text, lead)) return lead.iso;
    }
    return null;
  }

  /** A central plenum ("Hội nghị Trung ương 4") is referenced as its resolution, unless a dated sentence reports it meeting. */
  private passingPlenum(e: EventMention): boolean {
    // the central committee of the Party, not that of the Youth Union or of an association ("… Trung ương Đoàn")
    if (!/^Hội nghị (?:lần thứ \S+ )?(?:Trung ương|(?:BCH|Ban [Cc]hấp hành) Trung ương)(?! (?:Đoàn|Hội|Mặt trận|Công đoàn))/u.test(e.name)) return false;
    const sent = this.sentenceSpan(e.start);
    return !(MET.test(this.text.slice(sent.start, sent.end)) && this.eventDate(e.start) !== null);
  }

  /**
   * The event a lead reports by its verb in a dated sentence ("Ngày 5/7, Đoàn … đã làm việc với …"), else one the
   * article refers back to ("Phát biểu tại hội nghị"); a ceremony takes the kind of the decision handed over.
   */
  private reportedEvent(mentions: EventMention[]): EventMention | null {
    const verbs = this.eventVerbs();
    const v = this.leadVerb(verbs);
    if (v) return v;
    // "Phát biểu tại hội nghị", "… đã tổ chức cuộc họp và đồng ý …"
    const bare = mentions.find((e) => /(?<![\p{L}])(?:tại|tổ chức)\s+$/iu.test(this.text.slice(Math.max(0, e.start - 10), e.start)));
    if (!bare) return this.bodyMeeting();
    const decision = bare.kind === 'lễ' ? verbs.find((x) => x.kind.startsWith('lễ ')) : undefined;
    return decision ? { ...bare, kind: decision.kind } : bare;
  }

  private verbs: EventMention[] | null = null;

  /** The event verbs of the text, found once. */
  private eventVerbs(): EventMention[] {
    return (this.verbs ??= findEventVerbs(this.s));
  }

  /** The first event verb of the lead in a sentence dated before it ("Ngày 5/7, Đoàn … đã làm việc với …"), or null. */
  private leadVerb(verbs: EventMention[]): EventMention | null {
    // the lead counted in sentences with words: a blank line between the title and the lead is none
    let leadEnd = 0;
    for (let i = 0, n = 0; i < this.sentences.length && n <= LEAD_SENTENCES; i++) {
      const sp = this.sentences[i]!;
      if (/\S/u.test(this.text.slice(sp.start, sp.end))) n++;
      leadEnd = sp.end;
    }
    for (const v of verbs) {
      if (v.start >= leadEnd) break;
      const sent = this.sentences[this.sentenceOf(v.start)]!;
      if (this.dates.dates.some((d) => (d.day > 0 || d.today) && d.start >= sent.start && d.end <= sent.end && d.start < v.start)) return v;
    }
    return null;
  }

  /**
   * An inspection or supervision team the article reports at work ("Đoàn kiểm tra … đang tiến hành kiểm tra …") is an
   * event of its own beside the meeting the article reports.
   */
  private inspectionEvent(mainKind: string): void {
    const lower = this.s.lower;
    // an inspection announced by its decision ("công bố Quyết định giám sát Ban cán sự …") runs over a period: no date
    const announced = announcedInspection(lower, mainKind);
    if (announced) {
      this.addDraft(`Event:${normalizeKey(announced.kind)}||@${this.aid}`, 'Event', announced.name, { kind: announced.kind, date: null, province: this.articleProvince }, { start: announced.start, end: announced.end });
      return;
    }
    if (!lower.includes('đoàn kiểm tra') && !lower.includes('đoàn giám sát')) return;
    const v = this.eventVerbs().find((x) => (x.kind === 'kiểm tra' || x.kind === 'giám sát') && x.kind !== mainKind && lower.includes(`đoàn ${x.kind}`));
    if (!v) return;
    const date = this.eventDate(v.start);
    const id = `Event:${normalizeKey(v.kind)}|${date ?? ''}|@${this.aid}`;
    this.addDraft(id, 'Event', v.name, { kind: v.kind, date, province: this.articleProvince }, { start: v.start, end: v.end });
  }

  /**
   * A visit the article reports beside the main event ("thăm và làm việc tại …"): dated by the sentence of its first
   * dated mention, else with the main event's date when the two are reported together ("đến thăm, làm việc với").
   */
  private visitEvent(main: EventMention | null, mainDate: string | null): void {
    // without a main event only a dated visit is reported: none where no date is known
    if (!main && !this.dates.dates.some((d) => d.iso !== null)) return;
    const visits = main?.kind === 'chuyến thăm' ? [] : findVisits(this.s.lower);
    if (visits.length === 0) return;
    // the first visit reported in a dated sentence, else the first named (only beside a main event)
    const dated = visits.find((v) => this.eventDate(v.start) !== null);
    if (!main && !dated) return;
    const { start, end } = dated ?? visits[0]!;
    const withWork = main?.kind === 'buổi làm việc' && /thăm\s*(?:,|và)\s*làm việc/u.test(this.s.lower.slice(start, start + 28));
    const date = (dated ? this.eventDate(start) : null) ?? (withWork ? mainDate : null);
    this.addDraft(`Event:chuyến thăm|${date ?? ''}|@${this.aid}`, 'Event', 'Chuyến thăm', { kind: 'chuyến thăm', date, province: this.articleProvince }, { start, end });
  }

  /**
   * The other events the article names beside its main one ("Tại Hội nghị lần thứ 10 …", "tổ chức Hội thảo về …"), each
   * dated by its sentence: not one of the main event's kind undated or of its day (the main event named again), nor
   * one named in the main event's sentence ("Buổi lễ trao quyết định diễn ra tại Hội nghị …": the same sitting), nor
   * one looked ahead to.
   */
  private otherNamedEvents(named: readonly EventMention[], main: EventMention, mainDate: string | null): void {
    const mainSentence = this.sentenceOf(main.start);
    for (const e of named) {
      if (e === main || this.sentenceOf(e.start) === mainSentence || aheadOf(this.text, e.start)) continue;
      if (!this.namedAsTitle(e)) continue;
      const date = this.eventDate(e.start);
      if (e.kind === main.kind && (date === null || date === mainDate)) continue;
      this.addDraft(`Event:${normalizeKey(e.kind)}|${date ?? ''}|@${this.aid}`, 'Event', e.name, { kind: e.kind, date, province: this.articleProvince }, { start: e.start, end: e.end });
    }
  }

  /**
   * Whether an event's words read as its name: capitalized inside a sentence ("tổ chức Hội thảo về …"), or numbered
   * ("kỳ họp thứ 4", "Hội nghị lần thứ 10 …"); not a kind word that only opens a sentence ("Cuộc họp hoặc làm việc …").
   */
  private namedAsTitle(e: EventMention): boolean {
    if (ORDINAL_NAMED.test(e.descriptor)) return true;
    if (!isUpper(this.text[e.start])) return false;
    const sp = this.sentenceSpan(e.start);
    return /[\p{L}\p{N},]/u.test(this.text.slice(sp.start, e.start));
  }

  /** A body the article reports meeting ("Đảng ủy xã X họp, thống nhất đề nghị …"): a meeting, dated by its sentence. */
  private bodyMeeting(): EventMention | null {
    let first: EventMention | null = null;
    for (const b of this.bodyRefs.keys()) {
      const m = BODY_MET.exec(this.text.slice(b.end, b.end + 16));
      if (m && (!first || b.start < first.start)) first = { start: b.start, end: b.end + m[0].length, kind: 'cuộc họp', name: 'Cuộc họp', descriptor: '' };
    }
    return first;
  }

  private resolveEvents(): void {
    const { text, sentences, aid, articleProvince, personIds } = this;
    const eventMentions = findEvents(this.s).filter((e) => !this.passingPlenum(e));
    const named = eventMentions.filter((e) => e.descriptor);
    const dated = named.find((e) => !aheadOf(text, e.start) && this.eventDate(e.start) !== null);
    // an undated named event outside the lead yields to one the lead reports by its verb
    const leadNamed = named.find((e) => this.sentenceOf(e.start) <= LEAD_SENTENCES + 1 && !aheadOf(text, e.start));
    const main = dated ?? leadNamed ?? this.leadVerb(this.eventVerbs()) ?? named[0] ?? this.reportedEvent(eventMentions);
    if (main) {
      // a main event named where no date is (the title) takes the date of the lead reporting it ("Sáng 8/6, … tổ chức Hội nghị");
      // one named again where it is held "sáng nay" keeps its unknown date
      const undated = !eventMentions.some((e) => {
        if (e !== main && (e.kind !== main.kind || e.descriptor !== main.descriptor)) return false;
        const es = this.sentenceSpan(e.start);
        return this.dates.dates.some((d) => d.start >= es.start && d.end <= es.end) && this.eventDate(e.start) === null;
      });
      const date = aheadOf(text, main.start) ? null : this.eventDate(main.start) ?? (undated ? leadDate(eventMentions, main, (e) => this.sentenceOf(e.start) <= LEAD_SENTENCES + 1, (e) => this.eventDate(e.start)) : null);
      const sent = this.sentenceSpan(main.start);
      // organizer: "<body> tổ chức <event>"
      for (const [b, ref] of this.bodyRefs) {
        if (b.start < sent.start || b.end > main.start) continue;
        const between = text.slice(b.end, main.start);
        if (/^\s*(?:đã\s+|long trọng\s+)?tổ chức\s*$/u.test(between)) this.organizer = ref;
      }
      // chair
      const chairs = new Set<string>();
      for (const si of sentences.keys()) {
        const sp = sentences[si]!;
        const seg = text.slice(sp.start, sp.end);
        const ci = seg.search(CHAIR);
        if (ci < 0) continue;
        let best: { id: string; pos: number } | null = null;
        for (const [p, id] of personIds) {
          for (const m of p.spans) if (m.start >= sp.start && m.start < sp.start + ci && (!best || m.start > best.pos)) best = { id, pos: m.start };
        }
        if (best) chairs.add(best.id);
      }
      if (!this.organizer) {
        for (const c of chairs) {
          const heads = (this.positionsOf.get(c) ?? []).filter((x) => /^(Trưởng|Bí thư|Chủ tịch|Giám đốc|Chánh)/u.test(x.title) && !/^Ban Chấp hành/u.test(x.body.name));
          if (heads[0]) {
            this.organizer = heads[0].body;
            break;
          }
        }
      }
      const organizer = this.organizer;
      const key = `${normalizeKey(main.kind)}|${date ?? ''}|${organizer ? organizer.id.replace(/^Organization:/u, '') : `@${aid}`}`;
      const mainId = `Event:${key}`;
      this.addDraft(mainId, 'Event', main.name, { kind: main.kind, date, province: organizer?.province ?? articleProvince }, { start: main.start, end: main.end });
      for (const e of eventMentions) if (e !== main && e.kind === main.kind && (!e.descriptor || e.descriptor === main.descriptor || this.eventDate(e.start) === null)) this.drafts.get(mainId)!.spans.push({ start: e.start, end: e.end });
      if (organizer) this.relate('ORGANIZED', organizer.id, mainId, {}, [sent]);
      const province = organizer?.province ?? articleProvince;
      if (province) this.relate('LOCATED_IN', mainId, this.placeEntity(province, 'province', null, null), {}, [sent]);
      for (const c of chairs) {
        const p = [...personIds.entries()].find(([, id]) => id === c)![0];
        this.relate('CHAIRED', c, mainId, {}, p.spans.map((m) => this.sentenceSpan(m.start)).filter((x) => CHAIR.test(text.slice(x.start, x.end))));
      }
      for (const [p, id] of personIds) {
        if (chairs.has(id) || p.byline) continue;
        const ev = p.spans.map((m) => this.sentenceSpan(m.start)).filter((x) => ATTEND.test(text.slice(x.start, x.end)));
        if (ev.length > 0) this.relate('ATTENDED', id, mainId, {}, ev);
      }
      for (const d of this.docIds) if (this.sentenceOf(d.span.start) >= 0) this.relate('REFERENCES', mainId, d.id, {}, [this.sentenceSpan(d.span.start)]);
      this.otherNamedEvents(named, main, date);
      this.inspectionEvent(main.kind);
      this.visitEvent(main, date);
    } else this.visitEvent(null, null);
    for (const c of this.congresses) {
      // a congress the article reports taking place gets the date of that sentence; a congress named in passing has none
      const sent = this.sentenceSpan(c.start);
      const held = HELD.test(text.slice(sent.start, sent.end));
      const reported = held ? (this.eventDate(c.start) ?? termYearDate(text.slice(c.end), this.dates.dates.filter((d) => d.start >= sent.start && d.end <= sent.end))) : null;
      if (c.scope === 'body') {
        const name = `Đại hội ${c.bodyText!} lần thứ ${c.ordinal}`;
        // a name without a proper noun ("Đại hội Công đoàn lần thứ V") is this article's body's congress only
        const own = /\s\p{Lu}|toàn quốc/u.test(c.bodyText!.replace(/^\S+\s*/u, '')) ? '' : `|@${aid}`;
        this.addDraft(`Event:${normalizeKey(name)}${own}`, 'Event', name, { kind: 'đại hội', ordinal: c.ordinal, date: reported }, { start: c.start, end: c.end });
      } else if (c.scope === 'national') {
        const id = `Event:đại hội toàn quốc|${c.ordinal.toLowerCase()}`;
        this.addDraft(id, 'Event', `Đại hội đại biểu toàn quốc lần thứ ${c.ordinal} của Đảng`, { kind: 'đại hội', ordinal: c.ordinal, date: reported }, { start: c.start, end: c.end });
      } else {
        const place = c.placeText ? this.res.places.province(c.placeText)?.name : articleProvince;
        if (!place) continue;
        const name = `Đại hội Đảng bộ ${c.levelWord} ${place} lần thứ ${c.ordinal}`;
        const id = `Event:${normalizeKey(`đại hội đảng bộ ${place}`)}|${c.ordinal.toLowerCase()}`;
        this.addDraft(id, 'Event', name, { kind: 'đại hội', ordinal: c.ordinal, date: reported, province: place }, { start: c.start, end: c.end });
        this.relate('LOCATED_IN', id, this.placeEntity(place, 'province', null, null), {}, [this.sentenceSpan(c.start)]);
      }
    }
    // bodies referencing documents: a body earlier in the same sentence (not the issuer), else the organizer
    for (const d of this.docIds) {
      const si = this.sentenceOf(d.span.start);
      let ref: BodyRef | null = null;
      for (const [b, r] of this.bodyRefs) if (this.sentenceOf(b.start) === si && b.end <= d.span.start && !this.issuerIds.has(r.id)) ref = r;
      ref ??= this.organizer;
      if (ref) this.relate('REFERENCES', ref.id, d.id, {}, [this.sentenceSpan(d.span.start)]);
    }
  }

  // ---- 8. Places: provinces and districts named, and the dateline's province ----
  private resolvePlaces(): void {
    for (const h of this.placeHits) {
      if (this.nameSpans.some((n) => h.start < n.end && h.end > n.start)) continue;
      if (!/^\p{Lu}/u.test(h.name)) continue;
      // "Pháp luật TP.HCM", "Trường Đại học Luật Hà Nội": the place of a name, not of the article
      if (insideOutletName(this.text, h.start)) continue;
      this.placeEntity(h.name, h.level, h.province, { start: h.start, end: h.end });
    }
    if (this.tag?.province) this.placeEntity(this.tag.province, 'province', null, { start: this.tag.start, end: this.tag.end });
  }

  // ---- 9. Output, with spans mapped to the raw text ----
  private output(): ArticleExtraction {
    const { article, norm, aid, byline, text } = this;
    const toMention = (sp: Span): Mention => {
      const r = toRawSpan(norm, sp.start, sp.end);
      return { start: r.start, end: r.end, text: article.raw.slice(r.start, r.end) };
    };
    // a kind of body with no place where places exist ("UBND huyện", "Công an xã", "Văn phòng Sở"): which one is unknown
    const vague = new Set([...this.drafts.values()].filter((d) => d.type === 'Organization' && VAGUE_BODY.test(d.name)).map((d) => d.id));
    const entities: Entity[] = [...this.drafts.values()]
      .filter((d) => (d.spans.length > 0 || d.type === 'Place' || d.type === 'Organization') && !vague.has(d.id))
      .map((d) => ({
        id: d.id,
        type: d.type,
        name: d.name,
        props: Object.fromEntries(Object.entries(d.props).filter(([, v]) => v !== null && v !== undefined)) as Props,
        mentions: d.spans.sort((a, b) => a.start - b.start).map(toMention),
      }));
    const articleNode = `Article:${aid}`;
    const bylineNames = byline?.names.map((n) => n.name) ?? [];
    for (const p of this.persons.values()) if (p.byline) this.relate('AUTHORED', this.personIds.get(p)!, articleNode, {}, p.spans.slice(0, 1));
    const rels: Relation[] = this.relations.filter((r) => !vague.has(r.source) && !vague.has(r.target)).map((r) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      props: Object.fromEntries(Object.entries(r.props).filter(([, v]) => v !== null && v !== undefined)) as Props,
      evidence: r.evidence.map((e) => toRawSpan(norm, e.start, e.end)),
    }));
    // the title as written in the raw text
    const titleSpan = article.title ? null : findTitleLine(text);
    const rawTitle = titleSpan ? toRawSpan(norm, titleSpan.start, titleSpan.end) : null;
    const title = article.title ?? (rawTitle ? article.raw.slice(rawTitle.start, rawTitle.end) : null);
    return {
      article: { id: aid, source: article.source, title, published: this.published, url: article.url ?? null, bylines: byline ? (bylineNames.length > 0 ? bylineNames : [byline.text]) : [] },
      entities,
      relations: rels,
    };
  }
}

/** The most frequent party committee among body mentions ("Tỉnh ủy"), to complete "Ban Thường vụ" alone. */
function dominantCommittee(bodies: readonly ParsedBody[]): string | null {
  const counts = new Map<string, number>();
  for (const b of bodies) {
    const c = b.kind === 'party-committee' ? b.base : b.parent?.kind === 'party-committee' ? b.parent.base : null;
    if (c && /^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)$/u.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return best;
}

/** The province written anywhere in a chain scopes every title in it. */
function chainScope(chain: TitleChain): string | undefined {
  for (let i = chain.elements.length - 1; i >= 0; i--) {
    const p = chain.elements[i]!.body?.place;
    if (p?.level === 'province') return p.name;
    if (p?.level === 'district' && p.province) return p.province;
  }
  return undefined;
}
