import type { CyEdgeData, CyNodeData } from '../../src/export/cytoscape-json.js';
import type { EvidenceSnippet, ViewerData } from '../../src/export/viewer-data.js';
import { foldForSearch } from './fold.js';

export interface SearchHit {
  id: string;
  name: string;
  label: string;
  degree: number;
}

interface SearchEntry extends SearchHit {
  /** Folded name and aliases, each preceded by a space so word starts can be found with ' ' + query. */
  text: string;
  /** The folded name alone. */
  folded: string;
}

/** The whole graph, indexed for the viewer: the view shows a subset of it. */
export class GraphIndex {
  readonly nodes = new Map<string, CyNodeData>();
  readonly edges = new Map<string, CyEdgeData>();
  /** Node id → ids of its incident edges. */
  readonly adjacency = new Map<string, string[]>();
  /** Article id → ids of the edges (other than MENTIONS) it supports: the facts of that article. */
  readonly factsByArticle = new Map<string, string[]>();
  readonly labelCounts = new Map<string, number>();
  readonly typeCounts = new Map<string, number>();
  /** Every date on any element, sorted, without duplicates. */
  readonly dates: string[];
  private readonly data: ViewerData;
  readonly unreadable: ReadonlySet<string>;
  private readonly searchEntries: SearchEntry[] = [];

  constructor(data: ViewerData) {
    this.data = data;
    this.unreadable = new Set(data.unreadable);
    const dates = new Set<string>();
    for (const { data: n } of data.graph.elements.nodes) {
      this.nodes.set(n.id, n);
      this.adjacency.set(n.id, []);
      this.labelCounts.set(n.label, (this.labelCounts.get(n.label) ?? 0) + 1);
      for (const d of n.dates) dates.add(d);
      const aliases = Array.isArray(n['aliases']) ? (n['aliases'] as string[]) : [];
      const title = typeof n['title'] === 'string' ? n['title'] : '';
      const text = [n.name, title, ...aliases].map((s) => ` ${foldForSearch(String(s))}`).join('');
      this.searchEntries.push({ id: n.id, name: n.name, label: n.label, degree: n.degree, text, folded: foldForSearch(n.name) });
    }
    for (const { data: e } of data.graph.elements.edges) {
      this.edges.set(e.id, e);
      this.adjacency.get(e.source)?.push(e.id);
      this.adjacency.get(e.target)?.push(e.id);
      this.typeCounts.set(e.type, (this.typeCounts.get(e.type) ?? 0) + 1);
      for (const d of e.dates) dates.add(d);
      if (e.type !== 'MENTIONS') {
        for (const a of e.articles) {
          const list = this.factsByArticle.get(a);
          if (list) list.push(e.id);
          else this.factsByArticle.set(a, [e.id]);
        }
      }
    }
    this.dates = [...dates].sort();
  }

  /** The snippet of an evidence span (`articleId:start:end`), if its article's text was read. */
  snippet(span: string): EvidenceSnippet | undefined {
    const s = this.data.snippets[span];
    const text = s === undefined ? undefined : this.data.texts[s.text];
    return s === undefined || text === undefined ? undefined : { ...s, text };
  }

  /** The ids of a node's neighbours, most connected first. */
  neighbors(id: string): string[] {
    const out = new Set<string>();
    for (const eid of this.adjacency.get(id) ?? []) {
      const e = this.edges.get(eid)!;
      out.add(e.source === id ? e.target : e.source);
    }
    return [...out].sort((a, b) => (this.nodes.get(b)?.degree ?? 0) - (this.nodes.get(a)?.degree ?? 0));
  }

  /** The Article node of an article id. */
  article(articleId: string): CyNodeData | undefined {
    return this.nodes.get(`Article:${articleId}`);
  }

  /**
   * Finds nodes whose name, title or alias contains the query, ignoring case and diacritics. Whole-name matches
   * come first, then matches at a word start, then anywhere; ties go to the most connected.
   */
  search(query: string, limit = 10): SearchHit[] {
    const q = foldForSearch(query);
    if (q === '') return [];
    const scored: { e: SearchEntry; score: number }[] = [];
    for (const e of this.searchEntries) {
      if (!e.text.includes(q)) continue;
      const score = e.folded === q ? 4 : e.folded.startsWith(q) ? 3 : e.text.includes(` ${q}`) ? 2 : 1;
      scored.push({ e, score });
    }
    scored.sort((a, b) => b.score - a.score || b.e.degree - a.e.degree || (a.e.name < b.e.name ? -1 : 1));
    return scored.slice(0, limit).map(({ e }) => ({ id: e.id, name: e.name, label: e.label, degree: e.degree }));
  }
}
