import type { Article, ArticleExtraction } from '../core/index.js';
import { findDatelineTag } from '../extract/dateline-tags.js';
import { getGazetteer } from '../extract/gazetteer.js';
import { getNameLexicon } from '../extract/name-lexicon.js';
import type { DistrictRef, PlaceLookup, ProvinceRef } from '../extract/place-lookup.js';
import { normalizeText } from '../normalize/index.js';
import { resolveArticle } from '../resolve/resolve-article.js';
import type { PlaceScanHit, Resources } from '../resolve/resources.js';

let resources: Resources | undefined;

/** The gazetteer and name lexicon behind the resolver, loaded once. */
export function defaultResources(): Resources {
  if (resources) return resources;
  const gaz = getGazetteer();
  const names = getNameLexicon();
  const provinceMemo = new Map<string, ProvinceRef | null>();
  const districtMemo = new Map<string, DistrictRef[]>();
  const places: PlaceLookup = {
    province(surface, afterTypeWord = false) {
      const memoKey = `${afterTypeWord ? 1 : 0}${surface}`;
      const hit = provinceMemo.get(memoKey);
      if (hit !== undefined) return hit ?? undefined;
      if (provinceMemo.size > 100_000) provinceMemo.clear();
      const p = gaz.findProvince(surface);
      // a bare alias that names the province only after its type word ("Hồ Chí Minh") is not a match alone
      const ok = p && (afterTypeWord || !p.needsTypeWord.some((a) => a.toLowerCase() === surface.toLowerCase()));
      const formalName = p?.needsTypeWord.includes(p.name) ? `${p.type.charAt(0).toUpperCase()}${p.type.slice(1)} ${p.name}` : p?.name;
      const ref = ok ? { name: p.name, typeWord: p.type, formalName: formalName! } : null;
      provinceMemo.set(memoKey, ref);
      return ref ?? undefined;
    },
    districts(surface, provinceHint) {
      const memoKey = `${provinceHint ?? ''}\u0000${surface}`;
      const hit = districtMemo.get(memoKey);
      if (hit) return hit;
      if (districtMemo.size > 100_000) districtMemo.clear();
      let list = gaz.districtsNamed(surface);
      if (provinceHint) {
        const hint = gaz.findProvince(provinceHint);
        const members = new Set([provinceHint, ...(hint?.mergedFrom ?? []), ...(hint ? [hint.name] : [])]);
        list = list.filter((d) => members.has(d.province) || gaz.findProvince(d.province)?.mergedInto === provinceHint);
      }
      const refs = list.map((d) => ({ name: d.name, typeWord: d.type, province: d.province }));
      districtMemo.set(memoKey, refs);
      return refs;
    },
  };
  resources = {
    places,
    scanPlaces(text, lowerText) {
      const out: PlaceScanHit[] = [];
      for (const h of gaz.scanPlaces(text, lowerText)) {
        const withTypeWord = h.typeWord !== null;
        if (h.level === 'commune') continue;
        if (h.level === 'province' || (h.level === 'ambiguous' && !withTypeWord) || (h.level === 'ambiguous' && h.typeWord === 'tỉnh')) {
          const p = h.provinces[0];
          if (p) out.push({ start: withTypeWord ? h.start : h.nameStart, end: h.end, name: p.name, level: 'province', province: null, personLike: h.personLike, precededBySurname: h.precededBySurname, withTypeWord });
        } else if (withTypeWord && h.districts.length > 0) {
          const d = h.districts[0]!;
          const name = /^\d/u.test(d.name) ? `${d.type.charAt(0).toUpperCase()}${d.type.slice(1)} ${d.name}` : d.name;
          out.push({ start: h.start, end: h.end, name, level: 'district', province: h.districts.length === 1 ? d.province : null, personLike: h.personLike, precededBySurname: h.precededBySurname, withTypeWord });
        }
      }
      return out;
    },
    names: { isSurname: (k) => names.isSurname(k) },
    findDatelineTag: (text) => {
      const t = findDatelineTag(text);
      return t ? { tag: t.tag, province: t.province, start: t.start, end: t.end } : undefined;
    },
  };
  return resources;
}

/**
 * The pipeline for one article, step by step: normalize the raw text (keeping an offset map), recognize and
 * resolve mentions into entities and relations, and map every span back to the raw text.
 */
export function extractArticle(article: Article): ArticleExtraction {
  const norm = normalizeText(article.raw);
  return resolveArticle(article, norm, defaultResources());
}
