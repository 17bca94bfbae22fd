#!/usr/bin/env node
/**
 * Builds the extractor's place and name data from the shared gazetteers (public facts):
 *   src/extract/data/places.json  — the 63 pre-2025 provinces, the 34 from 2025-07-01, their 696 districts, aliases
 *   src/extract/data/names.json   — surnames (with shares), middle syllables and given names, keyed on normalizeKey
 *
 * Usage: npm run gazetteer            (reads ../shared/gazetteers/)
 *        VNKG_GAZETTEERS=/path npm run gazetteer       (another source folder)
 *        VNKG_GAZETTEER_OUT=/tmp/x npm run gazetteer   (another output folder, for the reproducibility test)
 *
 * Tone placement and keys come from src/normalize (loaded through tsx), so the generated keys are exactly the keys the
 * extractor computes at run time. The output is deterministic: sorted, no timestamps.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = resolve(process.env.VNKG_GAZETTEERS ?? join(ROOT, '..', 'shared', 'gazetteers'));
const OUT = resolve(process.env.VNKG_GAZETTEER_OUT ?? join(ROOT, 'src', 'extract', 'data'));

const unregister = register();
const { normalizeKey, normalizeTonePlacement } = await import(pathToFileURL(join(ROOT, 'src', 'normalize', 'index.ts')).href);
const { placeKey } = await import(pathToFileURL(join(ROOT, 'src', 'extract', 'place-key.ts')).href);
await unregister();

// ---------------------------------------------------------------------------------------------------------------
// Reading the sources

const readJSON = (f) => JSON.parse(readFileSync(join(SRC, f), 'utf8'));
const readTSV = (f) => {
  const [head, ...rows] = readFileSync(join(SRC, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v.trim()])));
};
const pre = readJSON('provinces_63_pre2025.json');
const post = readJSON('provinces_34_2025.json');

const SOURCES = [
  `provinces_63_pre2025.json (${pre.as_of}): GSO list via daohoangson/dvhcvn`,
  `provinces_34_2025.json (${post.effective}): dvhcvn/20250701, Nghị quyết 202/2025/QH15`,
  'surnames_uit_namedb.tsv, middle_names_uit_namedb.tsv, given_names_uit_namedb.tsv: computed from duyet/vietnamese-namedb (MIT)',
  'surnames_reference_shares.tsv: Lê Trung Hoa, Họ và tên người Việt Nam (2005), shares as widely quoted',
  'districts abolished 2020-2021 (historic): resolutions of the Standing Committee of the National Assembly (UBTVQH14)',
];

// ---------------------------------------------------------------------------------------------------------------
// Spelling rules

/** NFC, tidy spaces, apostrophes and dashes as the sources sometimes spell them ("Ia H' Drai" → "Ia H'Drai"). */
function tidy(s) {
  return s
    .normalize('NFC')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/'\s+/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const newStyle = (s) => normalizeTonePlacement(tidy(s));

// New → old tone placement for the open syllables oa, oe, uy (hòa → hoà, thủy → thuỷ); "qu" keeps its mark.
const OLD_OF = new Map();
for (const [first, second, firsts, seconds] of [
  ['o', 'a', 'òóỏõọ', 'àáảãạ'],
  ['o', 'e', 'òóỏõọ', 'èéẻẽẹ'],
  ['u', 'y', 'ùúủũụ', 'ỳýỷỹỵ'],
]) {
  for (let t = 0; t < 5; t++) {
    OLD_OF.set(firsts[t] + second, first + seconds[t]);
    OLD_OF.set(firsts[t].toUpperCase() + second, first.toUpperCase() + seconds[t]);
  }
}
function oldStyle(s) {
  return s.replace(/([òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ][aeyAEY])(?![\p{L}\p{M}])/gu, (pair, _p, offset, all) => {
    const prev = offset > 0 ? all[offset - 1] : '';
    if ((pair[0].toLowerCase() !== 'o') && /[qQ]/.test(prev)) return pair;
    const lower = pair[0] + pair[1].toLowerCase();
    const rep = OLD_OF.get(lower);
    if (!rep) return pair;
    return pair[1] === pair[1].toUpperCase() ? rep[0] + rep[1].toUpperCase() : rep;
  });
}

// i/y after a consonant onset is an old spelling alternation: Kỳ/Kì, Mỹ/Mĩ, Lý/Lí, Quy/Qui.
const Y_TO_I = { y: 'i', ỳ: 'ì', ý: 'í', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
function yToI(s) {
  return s.replace(/(?<![\p{L}\p{M}'])((?:[Qq]u|[BCDĐGHKLMNPRSTVXbcdđghklmnprstvx][hr]?))([yỳýỷỹỵ])(?![\p{L}\p{M}])/gu, (_w, on, y) => on + Y_TO_I[y]);
}

// Central Highlands names: Đắk/Đăk and Lắk/Lăk are both written; unaccented "Dak" forms are common too.
function dakVariants(s) {
  if (!/[ĐđLl][ắă]k/.test(s)) return [];
  const out = [s.replace(/([ĐđLl])ắk/g, '$1ăk'), s.replace(/([ĐđLl])ăk/g, '$1ắk')];
  const folded = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd').normalize('NFC');
  out.push(folded);
  return out;
}

/** Every surface form of a name: both tone styles, i/y and Đắk variants. */
function spellings(name) {
  const base = new Set([newStyle(name)]);
  for (const v of [...base]) for (const d of dakVariants(v)) base.add(newStyle(d));
  for (const v of [...base]) base.add(newStyle(yToI(v)));
  const out = new Set();
  for (const v of base) {
    out.add(v);
    out.add(oldStyle(v));
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------------------------
// Vietnamese syllable check and tone canonicalisation (to clean the name lists, which hold some mis-encoded rows)

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?/;
const NUCLEI = new Set(
  ('a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ ưa ưi ươ ưu uy yê ' +
    'iêu yêu oai oay oeo uây uôi ươi ươu uya uyê uyu').split(' '),
);
const CODA = /(ch|ng|nh|c|m|n|p|t)?$/;
const MARKED = new Set('ăâêôơư');

/** Splits a lower-case toneless syllable into onset, nucleus, coda; undefined if it is not a Vietnamese syllable. */
function parseSyllable(bare) {
  let onset = bare.match(ONSET)[0];
  let rest = bare.slice(onset.length);
  if (onset === 'gi' && !/[aăâeêioôơuưy]/.test(rest)) {
    onset = 'g';
    rest = bare.slice(1);
  }
  const coda = rest.match(CODA)[0];
  const nucleus = rest.slice(0, rest.length - coda.length);
  if (!NUCLEI.has(nucleus)) return undefined;
  return { onset, nucleus, coda };
}

/** Canonical (new-style) spelling of one syllable, or undefined when it is not a Vietnamese syllable. */
function canonicalSyllable(word) {
  const w = word.normalize('NFC');
  const lower = w.toLowerCase();
  const nfd = lower.normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return undefined;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zđăâêôơư]+$/.test(bare)) return undefined;
  const p = parseSyllable(bare);
  if (!p) return undefined;
  let out = bare;
  if (tones.length === 1) {
    const n = [...p.nucleus];
    let at;
    const marked = n.findIndex((c) => MARKED.has(c));
    if (p.nucleus === 'ươ' || p.nucleus === 'ươi' || p.nucleus === 'ươu') at = 1;
    else if (marked >= 0) at = marked;
    else if (p.coda) at = n.length - 1;
    else if (n.length === 3) at = 1;
    else at = 0;
    n[at] = (n[at] + tones[0]).normalize('NFC');
    out = p.onset + n.join('') + p.coda;
  }
  // Restore the capitalisation of the first letter.
  return w[0] === w[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
}

/** A clean multi-syllable name, or undefined. Each syllable must be a Vietnamese syllable. */
function canonicalName(name) {
  const parts = tidy(name).split(' ').map(canonicalSyllable);
  return parts.every(Boolean) ? parts.join(' ') : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Provinces

const TYPE_WORD = { 'Tỉnh': 'tỉnh', 'Thành phố Trung ương': 'thành phố', 'Thành phố': 'thành phố', 'Huyện': 'huyện', 'Quận': 'quận', 'Thị xã': 'thị xã' };
const typeWord = (t) => {
  const w = TYPE_WORD[t];
  if (!w) throw new Error(`unknown unit type ${JSON.stringify(t)}`);
  return w;
};
const stripType = (s) => tidy(s).replace(/^(Tỉnh|Thành [Pp]hố|Thị [Xx]ã|Huyện|Quận)\s+/, '');

// Names the project uses for a province when the source's current name is not the one news text uses.
// Thừa Thiên Huế became Thành phố Huế on 2025-01-01; the text of the corpus years calls it Thừa Thiên Huế.
const CANONICAL = { 'Huế': 'Thừa Thiên Huế' };
const FORMER_TYPE = { 'Thừa Thiên Huế': 'tỉnh' };
// Type words that may stand before a province besides its own ("thủ đô Hà Nội", "thành phố Huế").
const MORE_TYPE_WORDS = { 'Hà Nội': ['thủ đô'], 'Thừa Thiên Huế': ['thành phố'] };
// Short forms and spellings in common use (facts of usage). Aliases in NEEDS_TYPE_WORD only count after a type word.
const EXTRA_ALIASES = {
  'Hồ Chí Minh': ['TP.HCM', 'TPHCM', 'TP HCM', 'TP. HCM', 'Tp.HCM', 'TP. Hồ Chí Minh', 'Tp Hồ Chí Minh', 'Tp. Hồ Chí Minh', 'HCM'],
  'Bà Rịa - Vũng Tàu': ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu', 'Bà Rịa-Vũng Tàu'],
  'Huế': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TT Huế', 'Huế', 'Tỉnh Thừa Thiên Huế', 'Thành phố Huế'],
  'Đắk Lắk': ['Đắk Lắk', 'Đăk Lăk', 'Đắc Lắc', 'Dak Lak', 'Daklak', 'Đắklắk'],
  'Đắk Nông': ['Đắk Nông', 'Đăk Nông', 'Đắc Nông', 'Dak Nong', 'Đăknông'],
  'Kon Tum': ['Kontum'],
  'Hà Nội': ['Thủ đô Hà Nội'],
};
const NEEDS_TYPE_WORD = new Set(['Hồ Chí Minh', 'HCM']);

const preByKey = new Map(pre.provinces.map((p) => [placeKey(newStyle(p.name)), p]));
const postByKey = new Map(post.provinces.map((p) => [placeKey(newStyle(p.name)), p]));
if (preByKey.size !== 63) throw new Error(`expected 63 pre-2025 provinces, found ${preByKey.size}`);
if (postByKey.size !== 34) throw new Error(`expected 34 post-2025 provinces, found ${postByKey.size}`);
const canonicalOf = (sourceName) => {
  const n = newStyle(stripType(sourceName));
  return newStyle(CANONICAL[n] ?? n);
};

const provinces = [];
for (const [key, p] of preByKey) {
  const q = postByKey.get(key);
  const name = canonicalOf(p.name);
  const surfaces = new Set([p.name, ...(p.aliases ?? []), p.full_name, ...(EXTRA_ALIASES[newStyle(p.name)] ?? [])]);
  if (q) for (const a of [q.name, ...(q.aliases ?? []), q.full_name]) surfaces.add(a);
  const aliases = new Set();
  const needsTypeWord = new Set();
  for (const s of surfaces) {
    if (stripType(s) !== tidy(s)) {
      // A full form with its type word ("Tỉnh Hòa Bình"): both tone styles only.
      aliases.add(newStyle(s));
      aliases.add(oldStyle(newStyle(s)));
      continue;
    }
    for (const v of spellings(s)) {
      aliases.add(v);
      if (NEEDS_TYPE_WORD.has(s)) needsTypeWord.add(v);
    }
  }
  const type = FORMER_TYPE[name] ?? typeWord(p.type);
  provinces.push({
    name,
    fullName: `${type === 'tỉnh' ? 'Tỉnh' : 'Thành phố'} ${name}`,
    type,
    typeWords: type === 'tỉnh' ? ['tỉnh'] : ['thành phố'],
    period: q ? 'both' : 'pre2025',
    codes: q ? { pre2025: p.code, post2025: q.code } : { pre2025: p.code },
    mergedInto: canonicalOf(p.merged_into_2025.name),
    mergedFrom: q ? q.merged_from.map((m) => canonicalOf(m.name)).sort(cmp) : [],
    aliases: [...aliases].sort(cmp),
    needsTypeWord: [...needsTypeWord].sort(cmp),
  });
}
for (const [key, q] of postByKey) if (!preByKey.has(key)) throw new Error(`post-2025 province ${q.name} has no pre-2025 namesake`);
for (const p of provinces) {
  for (const w of MORE_TYPE_WORDS[p.name] ?? []) p.typeWords.push(w);
  if (!provinces.some((x) => x.name === p.mergedInto)) throw new Error(`${p.name} merged into unknown ${p.mergedInto}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Districts

const given = readTSV('given_names_uit_namedb.tsv');
const middle = readTSV('middle_names_uit_namedb.tsv');
const givenCount = new Map();
for (const r of given) {
  const c = canonicalName(r.given_name);
  if (c) givenCount.set(normalizeKey(c), (givenCount.get(normalizeKey(c)) ?? 0) + Number(r.count));
}
const middleCount = new Map();
for (const r of middle) {
  const c = canonicalName(r.middle_name);
  if (c) middleCount.set(normalizeKey(c), (middleCount.get(normalizeKey(c)) ?? 0) + Number(r.count));
}
/** A place name that also reads as the tail of a person's name: a given name, or middle + given ("Hòa Bình"). */
function personScore(name) {
  const syl = normalizeKey(name).split(' ');
  if (syl.length === 1) return givenCount.get(syl[0]) ?? 0;
  if (syl.length === 2) return Math.min(middleCount.get(syl[0]) ?? 0, givenCount.get(syl[1]) ?? 0);
  return 0;
}
/** Counts in the 8,753-name sample behind a "person-like" flag: both syllables seen at least this often. */
const PERSON_LIKE_MIN = 5;
const personLike = (name) => personScore(name) >= PERSON_LIKE_MIN;

// Districts abolished between 2019 and 2021 that news of those years still names (historic, by resolution).
const HISTORIC_DISTRICTS = [
  { province: 'Huế', type: 'thành phố', name: 'Huế', abolished: '2025-01-01', mergedInto: ['Phú Xuân', 'Thuận Hóa'] },
  { province: 'Hồ Chí Minh', type: 'quận', name: '2', abolished: '2021-01-01', mergedInto: ['Thủ Đức'] },
  { province: 'Hồ Chí Minh', type: 'quận', name: '9', abolished: '2021-01-01', mergedInto: ['Thủ Đức'] },
  { province: 'Quảng Ninh', type: 'huyện', name: 'Hoành Bồ', abolished: '2020-01-01', mergedInto: ['Hạ Long'] },
  { province: 'Hòa Bình', type: 'huyện', name: 'Kỳ Sơn', abolished: '2020-01-01', mergedInto: ['Hòa Bình'] },
  { province: 'Cao Bằng', type: 'huyện', name: 'Thông Nông', abolished: '2020-03-01', mergedInto: ['Hà Quảng'] },
  { province: 'Cao Bằng', type: 'huyện', name: 'Trà Lĩnh', abolished: '2020-03-01', mergedInto: ['Trùng Khánh'] },
  { province: 'Cao Bằng', type: 'huyện', name: 'Quảng Uyên', abolished: '2020-03-01', mergedInto: ['Quảng Hòa'] },
  { province: 'Cao Bằng', type: 'huyện', name: 'Phục Hòa', abolished: '2020-03-01', mergedInto: ['Quảng Hòa'] },
];

const districts = [];
for (const p of pre.provinces) {
  const province = canonicalOf(p.name);
  for (const d of p.districts) {
    const name = newStyle(stripType(d.name));
    const type = typeWord(d.type);
    const numbered = /^\d+$/.test(name);
    districts.push({
      name,
      fullName: '',
      type,
      province,
      code: d.code,
      aliases: numbered ? [name] : spellings(name).sort(cmp),
      needsTypeWord: numbered,
      personLike: !numbered && personLike(name),
      personScore: numbered ? 0 : personScore(name),
    });
  }
}
if (districts.length !== pre.district_count) throw new Error(`expected ${pre.district_count} districts, found ${districts.length}`);
for (const h of HISTORIC_DISTRICTS) {
  const province = canonicalOf(h.province);
  if (!provinces.some((p) => p.name === province)) throw new Error(`historic district in unknown province ${h.province}`);
  for (const m of h.mergedInto) {
    if (!districts.some((d) => d.province === province && d.name === newStyle(m))) {
      throw new Error(`historic district ${h.name} merged into unknown ${m}`);
    }
  }
  const numbered = /^\d+$/.test(h.name);
  const name = newStyle(h.name);
  districts.push({
    name,
    fullName: '',
    type: h.type,
    province,
    code: null,
    aliases: numbered ? [name] : spellings(name).sort(cmp),
    needsTypeWord: numbered,
    personLike: !numbered && personLike(name),
    personScore: numbered ? 0 : personScore(name),
    abolished: h.abolished,
    mergedInto: h.mergedInto.map(newStyle),
  });
}
for (const d of districts) {
  d.fullName = `${d.type[0].toUpperCase()}${d.type.slice(1)} ${d.name}`;
}
districts.sort((a, b) => cmp(a.province, b.province) || cmp(a.name, b.name) || cmp(a.type, b.type));
for (const p of provinces) {
  p.personLike = personLike(p.name);
  p.personScore = personScore(p.name);
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const surnameRows = readTSV('surnames_uit_namedb.tsv');
const referenceRows = readTSV('surnames_reference_shares.tsv');
// Well-known Vietnamese surnames, including those of ethnic minorities (Tây Nguyên, Thái, Hmông, Khmer, Tày-Nùng),
// that a sample of 8,753 names can miss. Multi-syllable entries are whole surnames ("Rơ Mah").
const KNOWN_SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai Trịnh Trương Đào Cao ' +
  'Lương Lưu Hà Tạ Thái Quách Tô Tôn Châu Kiều Văn Phùng Triệu Lại Khúc La Âu Giang Hứa Từ Nông Lò Vi Y Ksor Siu ' +
  'Điểu Thạch Danh Sơn Kim Chu Quan Mạc Doãn Bế Hầu Lục Nguyên Vương Đàm Đồng Tăng Đậu Diệp Lã Lữ Tống Chung Khổng ' +
  'Nghiêm Mã Phí Cù Ông Ung Kha Lường Cầm Quàng Tòng Sầm Lèo Giàng Sùng Vàng Thào Mùa Lầu Vừ Hờ Tráng Cứ Sình Nay ' +
  'Niê Byă Mlô Hđơk Kpă Êban Bkrông Adrơng Êñuôl Đinh Ma Lăng Nịnh Mông Lành Hoàng Chẩu Phàn Chảo Bàn Đặng Dư Bạch ' +
  'Thân Giáp Cấn Khuất Nhâm Ninh Ngụy Lạc Biện Viên Tiêu Hàn Phó Trình Trang Thiều Thích Ôn Lư Công Chế Kiều'
).split(' ');
const KNOWN_MULTI = ['Rơ Mah', 'Rơ Châm', 'Rơ Ô', 'Rah Lan', 'Kơ Pa', 'Tôn Thất', 'Tôn Nữ', 'Âu Dương', 'Nguyễn Phúc'];

const surnames = new Map(); // key -> record
const addSurname = (name, patch) => {
  const key = normalizeKey(name);
  const cur = surnames.get(key) ?? { name: newStyle(name), sources: [] };
  Object.assign(cur, patch.fields ?? {});
  if (!cur.sources.includes(patch.source)) cur.sources.push(patch.source);
  surnames.set(key, cur);
};
for (const r of surnameRows) {
  const c = canonicalName(r.surname);
  const n = Number(r.count);
  if (!c || (n < 3 && !KNOWN_SURNAMES.includes(c))) continue;
  const key = normalizeKey(c);
  const prev = surnames.get(key);
  addSurname(c, { source: 'uit-namedb', fields: { sampleCount: (prev?.sampleCount ?? 0) + n } });
}
const sample = [...surnames.values()].reduce((s, r) => s + (r.sampleCount ?? 0), 0);
for (const r of surnames.values()) if (r.sampleCount) r.sampleShare = round(r.sampleCount / sample);
for (const r of referenceRows) {
  const parts = r.surname.split('/').map((s) => newStyle(s.trim()));
  for (const part of parts) {
    const fields = { referenceShare: Number(r.percent_of_population) / 100 };
    if (parts.length > 1) fields.referenceShareWith = parts.filter((x) => x !== part);
    addSurname(part, { source: 'reference-shares', fields });
  }
}
for (const s of KNOWN_SURNAMES) addSurname(s, { source: 'known' });
for (const s of KNOWN_MULTI) addSurname(s, { source: 'known' });

function nameTable(rows, col) {
  const out = new Map();
  for (const r of rows) {
    const c = canonicalName(r[col]);
    const n = Number(r.count);
    if (!c || n < 2 || c.includes(' ')) continue;
    const key = normalizeKey(c);
    const cur = out.get(key) ?? { name: c, count: 0 };
    cur.count += n;
    out.set(key, cur);
  }
  return out;
}
const middles = nameTable(middle, 'middle_name');
const givens = nameTable(given, 'given_name');
// Middle syllables that are frequent among older public figures but thin in a young sample.
for (const m of 'Văn Thị Hữu Đức Công Quang Minh Ngọc Xuân Thanh Đình Bá Trọng Khắc Viết Duy Thế Quốc Hồng Kim Tiến Mạnh Phú Sĩ Doãn Huy Trung Hoài Đăng Như Tất Ích Nho Sỹ Trí'.split(' ')) {
  const key = normalizeKey(m);
  if (!middles.has(key)) middles.set(key, { name: newStyle(m), count: 0 });
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function round(x) {
  return Math.round(x * 1e6) / 1e6;
}
const sortedObject = (m) => Object.fromEntries([...m.entries()].sort((a, b) => cmp(a[0], b[0])));

mkdirSync(OUT, { recursive: true });
const places = {
  generatedBy: 'scripts/build-gazetteer.mjs (npm run gazetteer)',
  sources: SOURCES,
  notes: [
    'Names are NFC with new-style tone placement (Hòa, Thủy). Keys for lookup: placeKey() in src/extract/place-key.ts.',
    'period: pre2025 = the 63 provinces before 2025-07-01; both = a province that kept its name in the 34 of 2025.',
    'Districts are those of 2025-03-01 (abolished 2025-07-01) plus a few abolished 2019-2021 (field abolished).',
    'needsTypeWord: aliases that name the place only after a type word (Quận 1, TP Hồ Chí Minh).',
  ],
  provinces: provinces.sort((a, b) => cmp(a.name, b.name)),
  districts,
};
writeFileSync(join(OUT, 'places.json'), JSON.stringify(places, null, 1) + '\n');

const names = {
  generatedBy: 'scripts/build-gazetteer.mjs (npm run gazetteer)',
  sources: SOURCES.slice(2, 4),
  notes: [
    'Keys are normalizeKey() forms (NFC, new-style tone placement, lower case).',
    'surnames.sampleShare: share in the 8,753-name sample; referenceShare: national share (Hoàng/Huỳnh and Vũ/Võ are quoted together).',
    'Rows of the name lists that are not Vietnamese syllables (mis-encoded) or occur once are left out.',
  ],
  surnames: sortedObject(surnames),
  middles: sortedObject(middles),
  givens: sortedObject(givens),
};
writeFileSync(join(OUT, 'names.json'), JSON.stringify(names, null, 1) + '\n');

console.log(
  `places.json: ${provinces.length} provinces (${provinces.filter((p) => p.period === 'both').length} also after 2025), ` +
    `${districts.length} districts (${districts.filter((d) => d.abolished).length} historic); ` +
    `names.json: ${surnames.size} surnames, ${middles.size} middles, ${givens.size} givens (from ${SRC})`,
);
