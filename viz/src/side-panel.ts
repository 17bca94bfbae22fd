import type { CyEdgeData, CyNodeData } from '../../src/export/cytoscape-json.js';
import { button, clear, el } from './dom.js';
import type { Highlight } from './evidence-view.js';
import { renderSnippet } from './evidence-view.js';
import type { GraphIndex } from './graph-index.js';
import { LABEL_STYLE } from './style.js';

/** What the panel asks the viewer to do. */
export interface PanelActions {
  select(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  focus(id: string): void;
  isExpanded(id: string): boolean;
}

/** Limits that keep the panel short for very connected nodes. */
const LIMITS = {
  /** Articles whose evidence is shown. */
  articles: 12,
  /** Snippets shown per article. */
  snippetsPerArticle: 4,
  /** Other facts listed per article. */
  factsPerArticle: 12,
};

/** Fields of the element data that are shown elsewhere or are internal to the viewer. */
const HIDDEN_FIELDS = new Set(['id', 'name', 'label', 'evidence', 'articles', 'dates', 'caption', 'size', 'search', 'source', 'target', 'type', 'degree']);

function formatValue(v: unknown): string {
  if (Array.isArray(v)) return v.map(String).join(', ');
  return String(v);
}

function parseSpan(span: string): { article: string; start: number; end: number } | undefined {
  const m = /^(.+):(\d+):(\d+)$/.exec(span);
  return m ? { article: m[1]!, start: Number(m[2]), end: Number(m[3]) } : undefined;
}

/** The side panel: an element's properties and evidence. */
export class SidePanel {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly index: GraphIndex,
    private readonly actions: PanelActions,
  ) {
    this.body = el('div', { class: 'panel-body' });
    this.root = el('aside', { class: 'panel', attrs: { id: 'panel', 'aria-live': 'polite' } }, [this.body]);
    this.showHelp();
  }

  showHelp(): void {
    clear(this.body);
    this.body.append(
      el('h2', { text: 'Evidence' }),
      el('p', { class: 'hint', text: 'Search a name or click a node or an edge to see its properties and the sentences it comes from.' }),
    );
  }

  /** Shows a node or an edge of the index. */
  show(id: string): void {
    const node = this.index.nodes.get(id);
    if (node) this.showNode(node);
    else {
      const edge = this.index.edges.get(id);
      if (edge) this.showEdge(edge);
    }
  }

  private nodeName(id: string): string {
    return this.index.nodes.get(id)?.name ?? id;
  }

  private chip(label: string): HTMLElement {
    const c = el('span', { class: 'chip', text: label });
    const color = LABEL_STYLE[label]?.color;
    if (color) c.style.borderColor = color;
    return c;
  }

  private properties(data: Record<string, unknown>, extra: [string, string][]): HTMLElement {
    const dl = el('dl', { class: 'props' });
    const rows: [string, string][] = [...extra];
    for (const [k, v] of Object.entries(data)) {
      if (HIDDEN_FIELDS.has(k) || v === undefined || v === null) continue;
      if (Array.isArray(v) && v.length === 0) continue;
      rows.push([k, formatValue(v)]);
    }
    for (const [k, v] of rows) dl.append(el('dt', { text: k }), el('dd', { text: v }));
    return dl;
  }

  private showNode(n: CyNodeData): void {
    clear(this.body);
    const actions = el('div', { class: 'actions' });
    if (this.actions.isExpanded(n.id)) actions.append(button('Collapse', () => this.actions.collapse(n.id), { attrs: { 'data-action': 'collapse' } }));
    else actions.append(button('Expand', () => this.actions.expand(n.id), { attrs: { 'data-action': 'expand' } }));
    if (n.label === 'Person') actions.append(button('Focus: positions over time', () => this.actions.focus(n.id), { attrs: { 'data-action': 'focus' } }));
    const extra: [string, string][] = [
      ['connections', String(n.degree)],
      ['articles', String(n.articles.length)],
    ];
    if (n.label === 'Article' && typeof n['source'] === 'string') extra.push(['source', n['source']]);
    this.body.append(
      el('h2', { class: 'title', text: n.name }),
      el('div', {}, [this.chip(n.label)]),
      actions,
      this.properties(n, extra),
    );
    if (n.label === 'Person') this.body.append(this.timeline(n));
    if (n.label === 'Article') {
      const aid = n.id.slice('Article:'.length);
      this.body.append(el('h3', { text: 'Facts from this article' }), this.factList(this.index.factsByArticle.get(aid) ?? [], undefined));
    } else {
      this.body.append(this.evidence(n.evidence, n.id, () => []));
    }
  }

  private showEdge(e: CyEdgeData): void {
    clear(this.body);
    const title = typeof e['title'] === 'string' ? ` (${e['title']})` : '';
    const ends = el('div', { class: 'actions' }, [
      button(`← ${this.nodeName(e.source)}`, () => this.actions.select(e.source), { attrs: { 'data-action': 'source' } }),
      button(`${this.nodeName(e.target)} →`, () => this.actions.select(e.target), { attrs: { 'data-action': 'target' } }),
    ]);
    this.body.append(
      el('h2', { class: 'title', text: `${this.nodeName(e.source)} → ${this.nodeName(e.target)}` }),
      el('div', {}, [this.chip(e.type + title)]),
      ends,
      this.properties(e, [['articles', String(e.articles.length)]]),
    );
    // Inside an edge's sentence, also mark where its two ends are mentioned.
    const mentionsIn = (article: string): { start: number; end: number }[] => {
      const out: { start: number; end: number }[] = [];
      for (const id of [e.source, e.target]) {
        for (const s of this.index.nodes.get(id)?.evidence ?? []) {
          const p = parseSpan(s);
          if (p && p.article === article) out.push(p);
        }
      }
      return out;
    };
    this.body.append(this.evidence(e.evidence, e.id, mentionsIn));
  }

  /** The positions (and events) of a person, in date order. */
  private timeline(n: CyNodeData): HTMLElement {
    const rows: { date: string; approx: boolean; text: string; id: string }[] = [];
    for (const eid of this.index.adjacency.get(n.id) ?? []) {
      const e = this.index.edges.get(eid)!;
      if (e.source !== n.id || !['HOLDS_POSITION', 'CHAIRED', 'ATTENDED'].includes(e.type)) continue;
      let date = e.dates[0] ?? '';
      let approx = false;
      if (!date) {
        const other = this.index.nodes.get(e.target);
        date = other?.dates[0] ?? '';
      }
      if (!date) {
        const published = e.articles.map((a) => this.index.article(a)?.['published']).filter((p): p is string => typeof p === 'string').sort();
        date = published[0] ?? '';
        approx = date !== '';
      }
      const body = this.nodeName(e.target);
      const text =
        e.type === 'HOLDS_POSITION'
          ? `${e['former'] === true ? 'former ' : ''}${String(e['title'] ?? '')}, ${body}`
          : `${e.type === 'CHAIRED' ? 'chaired' : 'attended'} ${body}`;
      rows.push({ date, approx, text, id: eid });
    }
    rows.sort((a, b) => (a.date === b.date ? (a.text < b.text ? -1 : 1) : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1));
    const list = el('ol', { class: 'timeline' });
    for (const r of rows) {
      const li = el('li', {}, [
        el('span', { class: 'date', text: r.date === '' ? 'undated' : r.approx ? `${r.date}*` : r.date, title: r.approx ? 'date of the article' : '' }),
        button(r.text, () => this.actions.select(r.id), { class: 'link' }),
      ]);
      list.append(li);
    }
    const section = el('section', { class: 'timeline-section' }, [el('h3', { text: 'Positions over time' })]);
    section.append(rows.length ? list : el('p', { class: 'hint', text: 'No positions found.' }));
    return section;
  }

  /** Lists facts (edges) as clickable lines. */
  private factList(edgeIds: readonly string[], exclude: string | undefined): HTMLElement {
    const ul = el('ul', { class: 'facts' });
    let shown = 0;
    for (const id of edgeIds) {
      if (id === exclude) continue;
      if (shown++ >= LIMITS.factsPerArticle) {
        ul.append(el('li', { class: 'hint', text: `and ${edgeIds.length - LIMITS.factsPerArticle} more` }));
        break;
      }
      const e = this.index.edges.get(id)!;
      const title = typeof e['title'] === 'string' ? ` (${e['title']})` : '';
      ul.append(el('li', {}, [button(`${this.nodeName(e.source)} —${e.type}${title}→ ${this.nodeName(e.target)}`, () => this.actions.select(id), { class: 'link' })]));
    }
    if (shown === 0) ul.append(el('li', { class: 'hint', text: 'No other facts.' }));
    return ul;
  }

  /** The evidence of an element, grouped by article, newest article first. */
  private evidence(spans: readonly string[], selfId: string, extraMarks: (article: string) => { start: number; end: number }[]): HTMLElement {
    const section = el('section', { class: 'evidence' }, [el('h3', { text: 'Evidence' })]);
    const byArticle = new Map<string, string[]>();
    for (const s of spans) {
      const p = parseSpan(s);
      if (!p) continue;
      const list = byArticle.get(p.article);
      if (list) list.push(s);
      else byArticle.set(p.article, [s]);
    }
    if (byArticle.size === 0) {
      section.append(el('p', { class: 'hint', text: 'No evidence spans.' }));
      return section;
    }
    const published = (a: string): string => String(this.index.article(a)?.['published'] ?? '');
    const articles = [...byArticle.keys()].sort((a, b) => (published(a) === published(b) ? (a < b ? -1 : 1) : published(a) < published(b) ? 1 : -1));
    for (const aid of articles.slice(0, LIMITS.articles)) {
      const art = this.index.article(aid);
      const head = el('div', { class: 'article-head' }, [
        art ? button(String(art['title'] ?? art.name), () => this.actions.select(art.id), { class: 'link article-title' }) : el('span', { text: aid }),
        el('span', { class: 'date', text: published(aid) || 'no date' }),
      ]);
      const block = el('article', { class: 'evidence-article', attrs: { 'data-article': aid } }, [head]);
      if (art && typeof art['source'] === 'string') block.append(el('div', { class: 'source', text: art['source'] }));
      const list = byArticle.get(aid)!;
      for (const s of list.slice(0, LIMITS.snippetsPerArticle)) {
        const snip = this.index.snippet(s);
        if (!snip) {
          block.append(el('p', { class: 'hint', text: this.index.unreadable.has(aid) ? `Text not available (span ${s}).` : `No snippet for ${s}.` }));
          continue;
        }
        const marks: Highlight[] = [{ start: snip.start, end: snip.end, cls: 'evidence' }];
        for (const m of extraMarks(aid)) {
          if (m.start >= snip.offset && m.end <= snip.offset + snip.text.length) marks.push({ start: m.start - snip.offset, end: m.end - snip.offset, cls: 'mention' });
        }
        block.append(renderSnippet(snip, marks));
      }
      if (list.length > LIMITS.snippetsPerArticle) block.append(el('p', { class: 'hint', text: `and ${list.length - LIMITS.snippetsPerArticle} more mentions` }));
      block.append(el('h4', { text: 'Other facts from this article' }), this.factList(this.index.factsByArticle.get(aid) ?? [], selfId));
      section.append(block);
    }
    if (articles.length > LIMITS.articles) section.append(el('p', { class: 'hint', text: `and ${articles.length - LIMITS.articles} more articles` }));
    return section;
  }
}
