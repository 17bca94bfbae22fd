export { CATEGORIES, type Category, type GoldRecord } from './gold-record.js';
export { scoreKey, readPosition, documentKey, placeKey, goldKeys, predictedKeys } from './score-keys.js';
export { scoreExtractions, type EvalReport, type CategoryScore } from './score-extractions.js';
