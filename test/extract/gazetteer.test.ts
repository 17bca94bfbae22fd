import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getGazetteer, scanPlaces, type PlaceHit } from '../../src/extract/gazetteer.js';
import { isSyllableCode, placeKey } from '../../src/extract/place-key.js';
import { scanText } from '../../src/extract/text-scan.js';
import { normalizeTonePlacement } from '../../src/normalize/index.js';

const g = getGazetteer();
const ROOT = new URL('../../', import.meta.url);
const SHARED = new URL('../shared/gazetteers/', ROOT);

describe('getGazetteer', () => {
  it('holds the 63 pre-2025 provinces, 34 of which keep their name after 2025-07-01', () => {
    expect(g.provinces).toHaveLength(63);
    expect(g.provinces.filter((p) => p.period === 'both')).toHaveLength(34);
    const postCodes = g.provinces.flatMap((p) => (p.codes.post2025 ? [p.codes.post2025] : []));
    expect(new Set(postCodes).size).toBe(34);
    expect(new Set(g.provinces.map((p) => p.codes.pre2025)).size).toBe(63);
  });

  it('holds the 696 districts of 2025-03-01 with codes, plus historic ones without', () => {
    expect(g.districts.filter((d) => d.code !== null)).toHaveLength(696);
    for (const d of g.districts.filter((x) => x.code === null)) expect(d.abolished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const d of g.districts) expect(g.provinces.some((p) => p.name === d.province)).toBe(true);
  });

  it('links every pre-2025 province to the post-2025 province it merged into, and back', () => {
    for (const p of g.provinces) {
      const into = g.provinces.find((q) => q.name === p.mergedInto);
      expect(into?.period).toBe('both');
      expect(into?.mergedFrom).toContain(p.name);
    }
    expect(g.findProvince('Bắc Ninh')?.mergedFrom).toEqual(['Bắc Giang', 'Bắc Ninh']);
    expect(g.findProvince('Quảng Bình')?.mergedInto).toBe('Quảng Trị');
  });

  it('spells canonical names in NFC with new-style tone placement', () => {
    for (const x of [...g.provinces, ...g.districts]) {
      expect(x.name).toBe(normalizeTonePlacement(x.name.normalize('NFC')));
    }
    expect(g.provinces.map((p) => p.name)).toEqual(expect.arrayContaining(['Hòa Bình', 'Khánh Hòa', 'Thừa Thiên Huế', 'Hồ Chí Minh']));
  });

  it('lists each alias in both tone styles (the build script and normalizeTonePlacement agree)', () => {
    for (const x of [...g.provinces, ...g.districts]) {
      for (const a of x.aliases) expect(x.aliases).toContain(normalizeTonePlacement(a));
    }
    expect(g.findProvince('Hòa Bình')?.aliases).toContain('Hoà Bình');
  });

  it('finds every province by every one of its aliases', () => {
    for (const p of g.provinces) for (const a of p.aliases) expect(g.findProvince(a)?.name, a).toBe(p.name);
  });

  it('finds every district by every one of its aliases', () => {
    for (const d of g.districts) {
      for (const a of d.aliases) expect(g.districtsNamed(d.needsTypeWord ? `${d.type} ${a}` : a), a).toContain(d);
    }
  });

  it.each([
    ['TP.HCM', 'Hồ Chí Minh'],
    ['TPHCM', 'Hồ Chí Minh'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Tp Hồ Chí Minh', 'Hồ Chí Minh'],
    ['thành phố hồ chí minh', 'Hồ Chí Minh'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['Bà Rịa – Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['TT-Huế', 'Thừa Thiên Huế'],
    ['Huế', 'Thừa Thiên Huế'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Dak Lak', 'Đắk Lắk'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Kontum', 'Kon Tum'],
    ['tỉnh Khánh Hoà', 'Khánh Hòa'],
    ['Thủ đô Hà Nội', 'Hà Nội'],
  ])('findProvince(%j) is %s', (surface, name) => {
    expect(g.findProvince(surface)?.name).toBe(name);
  });

  it('does not take a type word that does not fit the province', () => {
    expect(g.findProvince('tỉnh Hà Nội')).toBeUndefined();
    expect(g.findProvince('Phú Lộc')).toBeUndefined();
  });

  it('finds districts by name, type word and province hint, and lists ambiguous names', () => {
    expect(g.districtsNamed('Châu Thành')).toHaveLength(10);
    expect(g.findDistrict('Châu Thành')).toBeUndefined();
    expect(g.findDistrict('Châu Thành', 'Long An')?.province).toBe('Long An');
    expect(g.findDistrict('Quận 1')?.province).toBe('Hồ Chí Minh');
    expect(g.findDistrict('Kỳ Anh', 'Hà Tĩnh')).toBeUndefined();
    expect(g.findDistrict('thị xã Kỳ Anh')?.type).toBe('thị xã');
    expect(g.findDistrict('Kì Anh', 'Hà Tĩnh')).toBeUndefined();
    // A post-2025 province covers the districts of the provinces merged into it.
    expect(g.findDistrict('Lục Ngạn', 'Bắc Ninh')?.province).toBe('Bắc Giang');
    expect(g.findDistrict('Phú Lộc', g.findProvince('Huế'))?.fullName).toBe('Huyện Phú Lộc');
  });

  it('names numbered districts only with their type word', () => {
    expect(g.findDistrict('1')).toBeUndefined();
    expect(g.districts.filter((d) => /^\d+$/.test(d.name)).every((d) => d.needsTypeWord)).toBe(true);
  });

  it('flags place names that also read as person names', () => {
    expect(g.findDistrict('Phú Lộc', 'Thừa Thiên Huế')?.personLike).toBe(true);
    expect(g.findDistrict('Cư M\'gar')?.personLike).toBe(false);
  });
});

const brief = (h: PlaceHit) => ({
  text: h.name,
  typeWord: h.typeWord,
  level: h.level,
  provinces: h.provinces.map((p) => p.name),
  districts: h.districts.map((d) => `${d.fullName}, ${d.province}`),
});

describe('scanPlaces', () => {
  it.each([
    ['UBND tỉnh Hoà Bình họp', { text: 'Hoà Bình', typeWord: 'tỉnh', level: 'province', provinces: ['Hòa Bình'], districts: [] }],
    ['Thành ủy TP.HCM chỉ đạo', { text: 'HCM', typeWord: 'thành phố', level: 'province', provinces: ['Hồ Chí Minh'], districts: [] }],
    ['tại TPHCM.', { text: 'TPHCM', typeWord: null, level: 'province', provinces: ['Hồ Chí Minh'], districts: [] }],
    ['tại TP. Hồ Chí Minh', { text: 'Hồ Chí Minh', typeWord: 'thành phố', level: 'province', provinces: ['Hồ Chí Minh'], districts: [] }],
    ['UBND Quận 1 cho biết', { text: '1', typeWord: 'quận', level: 'district', provinces: [], districts: ['Quận 1, Hồ Chí Minh'] }],
    ['Công an Q.9 cho biết', { text: '9', typeWord: 'quận', level: 'district', provinces: [], districts: ['Quận 9, Hồ Chí Minh'] }],
    ['huyện Phú Lộc có', { text: 'Phú Lộc', typeWord: 'huyện', level: 'district', provinces: [], districts: ['Huyện Phú Lộc, Thừa Thiên Huế'] }],
    ['thành phố Thanh Hóa', { text: 'Thanh Hóa', typeWord: 'thành phố', level: 'district', provinces: [], districts: ['Thành phố Thanh Hóa, Thanh Hóa'] }],
    ['về Thanh Hóa', { text: 'Thanh Hóa', typeWord: null, level: 'ambiguous', provinces: ['Thanh Hóa'], districts: ['Thành phố Thanh Hóa, Thanh Hóa'] }],
    ['xã Phú Lộc', { text: 'Phú Lộc', typeWord: 'xã', level: 'commune', provinces: [], districts: ['Huyện Phú Lộc, Thừa Thiên Huế'] }],
    ['tỉnh Bà Rịa – Vũng Tàu', { text: 'Bà Rịa – Vũng Tàu', typeWord: 'tỉnh', level: 'province', provinces: ['Bà Rịa - Vũng Tàu'], districts: [] }],
    ['BR-VT', { text: 'BR-VT', typeWord: null, level: 'province', provinces: ['Bà Rịa - Vũng Tàu'], districts: [] }],
    ['TỈNH ĐẮK LẮK', { text: 'ĐẮK LẮK', typeWord: 'tỉnh', level: 'province', provinces: ['Đắk Lắk'], districts: [] }],
    ['huyện Cư M\u2019gar', { text: 'Cư M\u2019gar', typeWord: 'huyện', level: 'district', provinces: [], districts: ["Huyện Cư M'gar, Đắk Lắk"] }],
    ['thị xã Kỳ Anh', { text: 'Kỳ Anh', typeWord: 'thị xã', level: 'district', provinces: [], districts: ['Thị xã Kỳ Anh, Hà Tĩnh', 'Huyện Kỳ Anh, Hà Tĩnh'] }],
    ['TP Phan Rang - Tháp Chàm', { text: 'Phan Rang - Tháp Chàm', typeWord: 'thành phố', level: 'district', provinces: [], districts: ['Thành phố Phan Rang-Tháp Chàm, Ninh Thuận'] }],
  ])('finds the place in %j', (text, expected) => {
    const hits = scanPlaces(text);
    expect(hits.map(brief)).toEqual([expected]);
    const h = hits[0]!;
    expect(text.slice(h.nameStart, h.nameEnd)).toBe(h.name);
  });

  it.each([
    ['Chủ tịch Hồ Chí Minh', 'a name that is a place only after a type word'],
    ['số 1 và quận', 'a bare number'],
    ['hòa bình và thanh hóa', 'lower-case words'],
    ['Hà Nộix', 'a name inside a longer word'],
    ['tỉnh ủy', 'a type word without a name'],
  ])('finds nothing in %j (%s)', (text) => {
    expect(scanPlaces(text)).toEqual([]);
  });

  it('prefers the longest name and includes the type word in the span', () => {
    const text = 'Đoàn công tác tỉnh Thừa Thiên Huế và thành phố Huế';
    const hits = scanPlaces(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['tỉnh Thừa Thiên Huế', 'thành phố Huế']);
    expect(hits[1]!.level).toBe('ambiguous');
  });

  it('reports a type word that fits none of the candidates', () => {
    const [h] = scanPlaces('thành phố Long An');
    expect(h?.typeAgrees).toBe(false);
    expect(h?.provinces.map((p) => p.name)).toEqual(['Long An']);
  });

  it('gives context flags for person-like names', () => {
    const [a] = scanPlaces('ông Nguyễn Phú Lộc');
    expect(a?.precededBySurname).toBe(true);
    expect(a?.personLike).toBe(true);
    const [b] = scanPlaces('Bí thư Tỉnh ủy Hà Giang Nguyễn Văn A');
    expect(b?.followedByCapitalized).toBe(true);
    expect(b?.precededBySurname).toBe(false);
    expect(scanPlaces('HÀ NỘI')[0]?.allCaps).toBe(true);
  });

  it('never throws and returns ordered, disjoint spans inside the text', () => {
    const pieces = fc.constantFrom('tỉnh ', 'TP.', 'Hà Nội', 'Quận ', '1', ' ', '\n', '-', '.', 'Hoà Bình', 'thành phố ', 'x', 'Đ', '\u0301', "'", 'Cư M\'gar', '(', 'Q.');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const h of scanPlaces(text)) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.start <= h.nameStart && h.nameStart < h.nameEnd && h.nameEnd === h.end).toBe(true);
          expect(h.end).toBeLessThanOrEqual(text.length);
          last = h.end;
        }
      }),
    );
  });

  it('reads the same with or without the caller\'s lower-case twin, whatever the letters', () => {
    // Σ and İ lower-case by context or into two code units: the twin and a sliced syllable differ there
    const pieces = fc.constantFrom('tỉnh ', 'TỈNH ', 'tỈnh ', 'Tp.', 'HÀ NỘI', 'Hà Nội', 'hÀ nỘi', 'Σ', 'İ', '\u2019', "'", 'Cư M\u2019gar', 'CƯ M\u02bcGAR', ' ', '-', 'Quận 1', 'Q.', 'x');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(scanPlaces(text)).toEqual(g.scanPlaces(text, scanText(text).lower));
      }),
    );
  });

  it('takes a lower-case type word only as written in lower case, and any case of a name', () => {
    expect(scanPlaces('TỈNH HÀ GIANG').map(brief)[0]).toMatchObject({ typeWord: 'tỉnh', text: 'HÀ GIANG' });
    expect(scanPlaces('tỈnh Hà Giang').map(brief)[0]).toMatchObject({ typeWord: null, text: 'Hà Giang' });
  });

  it('finds places in every article of the politics corpus', () => {
    const dir = new URL('../shared/corpus/politics/', ROOT);
    if (!existsSync(dir)) {
      expect(process.env.CI, 'the shared corpus is missing').not.toBe('true');
      console.warn('skipped: put the shared corpus at ../shared/corpus to run this test');
      return;
    }
    const files = execFileSync('ls', [dir.pathname]).toString().split('\n').filter((f) => f.endsWith('.txt'));
    let withPlace = 0;
    for (const f of files) if (scanPlaces(readFileSync(new URL(f, dir), 'utf8')).length > 0) withPlace++;
    expect(withPlace / files.length).toBeGreaterThan(0.8);
  });
});

describe('isSyllableCode', () => {
  it('holds for letters, marks and digits, except Latin-1 signs, general punctuation and symbols, and surrogates', () => {
    const letter = /[\p{L}\p{M}\p{N}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const excluded = (c >= 0x80 && c < 0xc0) || (c >= 0x2000 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff);
      if (isSyllableCode(c) !== (!excluded && letter.test(String.fromCharCode(c)))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isSyllableCode(Number.NaN)).toBe(false);
  });
});

describe('placeKey', () => {
  it.each([
    ['Bà Rịa – Vũng Tàu', 'bà rịa-vũng tàu'],
    ['TP. HCM', 'tp.hcm'],
    ['Khánh Hoà', 'khánh hòa'],
    ['Cư M\u2019gar', "cư m'gar"],
  ])('placeKey(%j) is %j', (surface, key) => {
    expect(placeKey(surface)).toBe(key);
  });
});

describe('scripts/build-gazetteer.mjs', () => {
  it('regenerates the committed data byte for byte', () => {
    if (!existsSync(SHARED)) {
      expect(process.env.CI, 'the shared gazetteers are missing').not.toBe('true');
      console.warn('skipped: put the shared gazetteers at ../shared/gazetteers to run this test');
      return;
    }
    const out = mkdtempSync(join(tmpdir(), 'vnkg-gaz-'));
    try {
      execFileSync(process.execPath, [new URL('scripts/build-gazetteer.mjs', ROOT).pathname], {
        env: { ...process.env, VNKG_GAZETTEER_OUT: out },
        stdio: 'pipe',
      });
      for (const f of ['places.json', 'names.json']) {
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(new URL(`src/extract/data/${f}`, ROOT), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
