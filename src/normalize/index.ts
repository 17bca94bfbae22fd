export { normalizeTonePlacement } from './tone-placement.js';
export { normalizeKey, foldForSearch } from './fold.js';
export { normalizeText, toRawSpan, type NormalizedText } from './normalize-text.js';
