import { describe, expect, it } from 'vitest';
import { writeCSV } from '../../src/export/index.js';
import { fixtureGraph, HOSTILE, memoryTarget, utf8Kept } from './fixtures.js';

/** An RFC 4180 CSV parser (quoted fields may hold commas, quotes doubled, line breaks). */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const csvKept = (s: string): string => utf8Kept(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/\r\n?/g, '\n');

describe('writeCSV', () => {
  it('writes one nodes file per label and one relationships file per type and endpoint labels, with the import script', async () => {
    const g = fixtureGraph();
    const target = memoryTarget();
    const { files } = await writeCSV(g, target);
    const labels = new Set(g.mapNodes((_n, a) => a.label));
    for (const l of labels) expect(files).toContain(`nodes-${l}.csv`);
    expect(files).toContain('relationships-HOLDS_POSITION-Person-Organization.csv');
    expect(files).toContain('neo4j-admin-import.sh');
    const script = target.files.get('neo4j-admin-import.sh')!.text();
    expect(script).toContain('--array-delimiter=U+001F');
    expect(script).toContain('--nodes=nodes-Person.csv');
  });

  it('has typed neo4j-admin headers and the right number of rows', async () => {
    const g = fixtureGraph();
    const target = memoryTarget();
    await writeCSV(g, target);
    const persons = parseCSV(target.files.get('nodes-Person.csv')!.text());
    expect(persons[0]!.slice(0, 3)).toEqual(['key:ID(Person)', ':LABEL', 'name']);
    expect(persons[0]).toContain('articles:string[]');
    expect(persons.length - 1).toBe(g.filterNodes((_n, a) => a.label === 'Person').length);
    const rels = parseCSV(target.files.get('relationships-HOLDS_POSITION-Person-Organization.csv')!.text());
    expect(rels[0]!.slice(0, 4)).toEqual([':START_ID(Person)', ':END_ID(Organization)', ':TYPE', 'key']);
    expect(rels[0]).toContain('former:boolean');
    const mentions = parseCSV(target.files.get('relationships-MENTIONS-Article-Person.csv')!.text());
    expect(mentions[0]).toContain('count:long');
    let total = 0;
    for (const [name, c] of target.files) if (name.startsWith('relationships-')) total += parseCSV(c.text()).length - 1;
    expect(total).toBe(g.size);
  });

  it('keeps hostile strings (control characters other than TAB, LF, CR removed) and splits lists only at the delimiter', async () => {
    const g = fixtureGraph();
    const target = memoryTarget();
    await writeCSV(g, target);
    const rows = parseCSV(target.files.get('nodes-Person.csv')!.text());
    const nameCol = rows[0]!.indexOf('province');
    const names = new Set(rows.slice(1).map((r) => r[nameCol]));
    for (const [k, v] of Object.entries(HOSTILE)) expect(names.has(csvKept(v)), k).toBe(true);
    const articles = parseCSV(target.files.get('nodes-Article.csv')!.text());
    const bylines = articles[0]!.indexOf('bylines:string[]');
    const hostileRow = articles.slice(1).find((r) => r[bylines]!.split('\u001f').length === 3)!;
    expect(hostileRow[bylines]!.split('\u001f').sort()).toEqual([HOSTILE.csv, HOSTILE.combining, HOSTILE.controls].map(csvKept).sort());
  });
});
