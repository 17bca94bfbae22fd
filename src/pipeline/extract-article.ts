import type { Article, ArticleExtraction } from '../core/index.js';
import { findDatelineTag } from '../extract/dateline-tags.js';
import { getGazetteer } from '../extract/gazetteer.js';
import { getNameLexicon } from '../extract/name-lexicon.js';
import type { PlaceLookup } from '../extract/place-lookup.js';
import { normalizeText } from '../normalize/index.js';
import { resolveArticle } from '../resolve/resolve-article.js';
import type { Resources } from '../resolve/resources.js';

let resources: Resources | undefined;

/** The gazetteer and name lexicon behind the resolver, loaded once. */
export function defaultResources(): Resources {
  if (resources) return resources;
  const gaz = getGazetteer();
  const names = getNameLexicon();
  const places: PlaceLookup = {
    province(surface, afterTypeWord = false) {
      const p = gaz.findProvince(surface);
      if (!p) return undefined;
      // a bare alias that names the province only after its type word ("Hồ Chí Minh") is not a match alone
      if (!afterTypeWord && p.needsTypeWord.some((a) => a.toLowerCase() === surface.toLowerCase())) return undefined;
      return { name: p.name, typeWord: p.type };
    },
    districts(surface, provinceHint) {
      const all = gaz.districtsNamed(surface);
      const list = provinceHint ? all.filter((d) => d.province === provinceHint) : all;
      return list.map((d) => ({ name: d.name, typeWord: d.type, province: d.province }));
    },
  };
  resources = {
    places,
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
