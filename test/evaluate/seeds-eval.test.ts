import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureIO } from '../support/capture-io.js';
import { readPosition, documentKey, scoreKey } from '../../src/evaluate/index.js';


describe('score keys', () => {
  it.each([
    ['Trưởng Ban', 'Ban Tổ chức Tỉnh ủy Long An', 'Trưởng Ban Tổ chức Tỉnh ủy Long An'],
    ['Ủy viên Ban Thường vụ', 'Tỉnh ủy Điện Biên', 'Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên'],
    ['Bí thư', 'Tỉnh ủy Lạng Sơn', 'Bí thư Tỉnh ủy Lạng Sơn'],
  ])('reads %s + %s as %s', (title, body, read) => {
    expect(readPosition(title, body)).toBe(read);
  });
  it('normalizes document codes and abbreviations', () => {
    expect(documentKey('19-NQ-TW', null)).toBe(documentKey('19-NQ/TW', null));
    expect(scoreKey('HĐND tỉnh Long An')).toBe(scoreKey('Hội đồng nhân dân tỉnh Long An'));
  });
});

const gold = '../shared/gold/seeds.jsonl';

describe('vnkg eval on the sample articles', () => {
  it('meets the dev-set bars: persons, documents, places >= 0.95; positions, bodies, events >= 0.85', async () => {
    const io = captureIO();
    const code = await run(['eval', '--gold', gold, '--texts', 'seeds', '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out) as { articles: number; categories: Record<string, { f1: number }> };
    expect(report.articles).toBe(5);
    for (const c of ['persons', 'documents', 'places']) expect(report.categories[c]!.f1, c).toBeGreaterThanOrEqual(0.95);
    for (const c of ['positions', 'bodies', 'events']) expect(report.categories[c]!.f1, c).toBeGreaterThanOrEqual(0.85);
  });
});
