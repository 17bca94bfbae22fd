import type { ArticleExtraction } from '../core/index.js';
import { CATEGORIES, type Category, type GoldRecord } from './gold-record.js';
import { goldKeys, predictedKeys } from './score-keys.js';

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  articles: number;
  categories: Record<Category, CategoryScore>;
  /** Per article and category, what was missed and what was extra. */
  errors: Array<{ id: string; category: Category; missed: string[]; extra: string[] }>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Micro-averaged precision, recall and F1 per category over gold/prediction pairs. */
export function scoreExtractions(pairs: ReadonlyArray<{ gold: GoldRecord; predicted: ArticleExtraction }>): EvalReport {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const errors: EvalReport['errors'] = [];
  for (const { gold, predicted } of pairs) {
    const g = goldKeys(gold);
    const p = predictedKeys(predicted);
    for (const c of CATEGORIES) {
      const missed = [...g[c]].filter((k) => !p[c].has(k));
      const extra = [...p[c]].filter((k) => !g[c].has(k));
      counts[c].tp += g[c].size - missed.length;
      counts[c].fn += missed.length;
      counts[c].fp += extra.length;
      if (missed.length || extra.length) errors.push({ id: gold.id, category: c, missed, extra });
    }
  }
  const categories = {} as Record<Category, CategoryScore>;
  for (const c of CATEGORIES) {
    const { tp, fp, fn } = counts[c];
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    categories[c] = { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  }
  return { articles: pairs.length, categories, errors };
}
