import cytoscape from 'cytoscape';
import type { CyNodeData } from '../../src/export/cytoscape-json.js';
import type { ViewerData } from '../../src/export/viewer-data.js';
import { button, el } from './dom.js';
import { download, viewAsJSON, viewAsPng } from './export-view.js';
import type { FilterState } from './filters.js';
import { Filters, passes } from './filters.js';
import { foldForSearch } from './fold.js';
import { GraphIndex } from './graph-index.js';
import { LAYOUTS } from './layouts.js';
import { SearchBox } from './search-box.js';
import { SidePanel } from './side-panel.js';
import { labelSize, nodeSize, stylesheet } from './style.js';

/** Options of the viewer. */
const DEFAULTS = {
  /** Graphs with at most this many nodes open whole. */
  wholeGraphMax: 400,
  /** Larger graphs open on this many of their most connected nodes (Articles aside), or one province. */
  overviewSize: 100,
  /** Expanding a node adds at most this many neighbours, entities before articles, most connected first. */
  expandMax: 60,
  /** A focus view shows at most this many neighbours of the person. */
  focusMax: 200,
};

export type ViewerOptions = Partial<typeof DEFAULTS>;

const OVERVIEW = 'overview';
/** The largest zoom a fit or a layout leaves the view at. */
const READABLE_ZOOM = 1.5;
const SEARCH = 'search';

/** The viewer: the whole graph indexed in memory, a subset of it in Cytoscape, and the controls around it. */
export class Viewer {
  readonly cy: cytoscape.Core;
  readonly index: GraphIndex;
  private readonly opts: typeof DEFAULTS;
  /** Why each node is in the view: 'overview', 'search', 'focus' or `expand:<id>`. A node without reasons leaves. */
  private readonly reasons = new Map<string, Set<string>>();
  private readonly expanded = new Set<string>();
  private readonly filters: Filters;
  private readonly panel: SidePanel;
  private readonly status: HTMLElement;
  private readonly layoutSelect: HTMLSelectElement;
  private readonly overviewSelect: HTMLSelectElement;
  private filterState: FilterState;
  private focusRoot: string | undefined;

  constructor(root: HTMLElement, data: ViewerData, options: ViewerOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
    this.index = new GraphIndex(data);
    this.panel = new SidePanel(this.index, {
      select: (id) => this.select(id),
      expand: (id) => this.expand(id),
      collapse: (id) => this.collapse(id),
      focus: (id) => this.focus(id),
      isExpanded: (id) => this.expanded.has(id),
    });
    this.filters = new Filters(this.index, (s) => {
      this.filterState = s;
      this.applyFilters();
    });
    this.filterState = this.filters.state();
    const search = new SearchBox(this.index, (id) => this.select(id));
    this.layoutSelect = el('select', { attrs: { id: 'layout', 'aria-label': 'layout' } });
    for (const name of Object.keys(LAYOUTS)) this.layoutSelect.append(el('option', { text: name, attrs: { value: name } }));
    this.layoutSelect.addEventListener('change', () => this.runLayout(this.layoutSelect.value));
    this.overviewSelect = el('select', { attrs: { id: 'overview', 'aria-label': 'overview' } });
    this.fillOverviewChoices();
    this.overviewSelect.addEventListener('change', () => this.overview(this.overviewSelect.value));
    const toolbar = el('header', { class: 'toolbar' }, [
      el('strong', { class: 'brand', text: 'vnkg' }),
      search.root,
      el('label', {}, ['View ', this.overviewSelect]),
      button('Reset', () => this.overview(this.overviewSelect.value), { title: 'back to the overview', attrs: { id: 'reset' } }),
      el('label', {}, ['Layout ', this.layoutSelect]),
      button('Fit', () => this.cy.fit(undefined, 30), { attrs: { id: 'fit' } }),
      button('+', () => this.zoomBy(1.25), { title: 'zoom in', attrs: { id: 'zoom-in' } }),
      button('−', () => this.zoomBy(0.8), { title: 'zoom out', attrs: { id: 'zoom-out' } }),
      button('PNG', () => download(viewAsPng(this.cy), 'vnkg-view.png'), { title: 'export the view as PNG', attrs: { id: 'export-png' } }),
      button('JSON', () => download(new Blob([JSON.stringify(viewAsJSON(this.cy), null, 1)], { type: 'application/json' }), 'vnkg-view.cyjs'), {
        title: 'export the view as Cytoscape JSON',
        attrs: { id: 'export-json' },
      }),
    ]);
    this.status = el('div', { class: 'status', attrs: { id: 'status', role: 'status' } });
    const container = el('div', { class: 'cy', attrs: { id: 'cy' } });
    root.append(toolbar, el('div', { class: 'main' }, [el('nav', { class: 'side' }, [this.filters.root, this.status]), container, this.panel.root]));
    // Cytoscape would otherwise add a <style> element, which the page's Content-Security-Policy forbids.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      const marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.append(marker);
    }
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: true,
      hideEdgesOnViewport: this.index.nodes.size > 2000,
      pixelRatio: 1,
    });
    this.cy.on('tap', 'node, edge', (ev) => this.select(ev.target.id(), false));
    // Hovering a node fades everything but its neighbourhood.
    this.cy.on('mouseover', 'node', (ev) => {
      const near = (ev.target as cytoscape.NodeSingular).closedNeighborhood();
      this.cy.batch(() => this.cy.elements().not(near).addClass('faded'));
    });
    this.cy.on('mouseout', 'node', () => this.cy.batch(() => this.cy.elements('.faded').removeClass('faded')));
    this.cy.on('dbltap', 'node', (ev) => {
      const id = ev.target.id() as string;
      if (this.expanded.has(id)) this.collapse(id);
      else this.expand(id);
    });
  }

  private fillOverviewChoices(): void {
    this.overviewSelect.append(el('option', { text: this.index.nodes.size <= this.opts.wholeGraphMax ? 'Whole graph' : 'Most connected', attrs: { value: '' } }));
    const provinces = [...this.index.nodes.values()].filter((n) => n.label === 'Place' && n['level'] !== 'district').sort((a, b) => b.degree - a.degree);
    for (const p of provinces.slice(0, 80)) this.overviewSelect.append(el('option', { text: `Province: ${p.name}`, attrs: { value: p.id } }));
  }

  /** Opens on the whole graph when small, else on its most connected nodes or on one province. */
  overview(placeId = ''): void {
    this.focusRoot = undefined;
    this.clearView();
    let ids: string[];
    const all = [...this.index.nodes.values()];
    if (placeId) {
      const place = this.index.nodes.get(placeId);
      const key = foldForSearch(place?.name ?? '');
      const near = new Set(this.index.neighbors(placeId));
      ids = all
        .filter((n) => n.label !== 'Article' && (n.id === placeId || near.has(n.id) || (typeof n['province'] === 'string' && foldForSearch(n['province']) === key)))
        .sort((a, b) => b.degree - a.degree)
        .slice(0, this.opts.overviewSize * 2)
        .map((n) => n.id);
    } else if (all.length <= this.opts.wholeGraphMax) ids = all.map((n) => n.id);
    else ids = this.mostConnected(all);
    this.addNodes(ids, OVERVIEW);
    this.layoutSelect.value = 'fcose';
    this.runLayout('fcose');
    this.panel.showHelp();
  }

  /**
   * The most connected entities (Articles aside) that link to one another: the candidates are twice the overview
   * size, by degree; those without an edge to another candidate are left out, as they would float alone.
   */
  private mostConnected(all: readonly CyNodeData[]): string[] {
    const candidates = all
      .filter((n) => n.label !== 'Article')
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
      .slice(0, this.opts.overviewSize * 2);
    const inSet = new Set(candidates.map((n) => n.id));
    const linked = candidates.filter((n) =>
      (this.index.adjacency.get(n.id) ?? []).some((eid) => {
        const e = this.index.edges.get(eid)!;
        return e.source !== e.target && inSet.has(e.source === n.id ? e.target : e.source);
      }),
    );
    return (linked.length >= this.opts.overviewSize / 2 ? linked : candidates).slice(0, this.opts.overviewSize).map((n) => n.id);
  }

  /** A person's positions, events and bodies around them, laid out in rings; the panel lists them in date order. */
  focus(personId: string): void {
    if (!this.index.nodes.has(personId)) return;
    this.focusRoot = personId;
    this.clearView();
    const around = this.index.neighbors(personId).filter((id) => this.index.nodes.get(id)?.label !== 'Article').slice(0, this.opts.focusMax);
    this.addNodes([personId, ...around], 'focus');
    this.layoutSelect.value = 'concentric';
    this.runLayout('concentric');
    this.selectInView(personId);
  }

  /** Adds a node's neighbours around it. */
  expand(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) this.addNodes([id], SEARCH);
    const rank = (x: string): number => (this.index.nodes.get(x)?.label === 'Article' ? 1 : 0);
    const around = this.index
      .neighbors(id)
      .sort((a, b) => rank(a) - rank(b))
      .slice(0, this.opts.expandMax);
    this.expanded.add(id);
    const added = this.addNodes(around, `expand:${id}`);
    this.placeAround(id, added);
    this.cy.getElementById(id).addClass('expanded');
    this.cy.fit(this.cy.getElementById(id).closedNeighborhood(), 40);
    this.capZoom();
    this.refresh();
    if (this.panelShows === id) this.panel.show(id);
  }

  /** Removes the neighbours an expansion brought in, unless something else keeps them. */
  collapse(id: string): void {
    this.expanded.delete(id);
    this.cy.getElementById(id).removeClass('expanded');
    this.dropReason(`expand:${id}`);
    this.refresh();
    if (this.panelShows === id) this.panel.show(id);
  }

  private panelShows: string | undefined;

  /** Selects a node or an edge, bringing it (and, for a node not in view, its neighbourhood) into the view. */
  select(id: string, reveal = true): void {
    if (reveal) {
      const edge = this.index.edges.get(id);
      if (edge) {
        const missing = [edge.source, edge.target].filter((n) => this.cy.getElementById(n).empty());
        const added = this.addNodes(missing, SEARCH);
        this.placeAround(edge.source, added);
      } else if (this.index.nodes.has(id) && this.cy.getElementById(id).empty()) {
        const added = this.addNodes([id], SEARCH);
        this.placeNear(added);
        this.expand(id);
      }
    }
    this.selectInView(id);
  }

  private selectInView(id: string): void {
    this.cy.elements(':selected').unselect();
    const ele = this.cy.getElementById(id);
    if (ele.nonempty()) {
      ele.select();
      if (!ele.visible()) this.setStatus(`${this.label(id)} is hidden by the filters.`);
      else this.cy.center(ele);
    }
    this.panelShows = id;
    this.panel.show(id);
  }

  private label(id: string): string {
    return this.index.nodes.get(id)?.name ?? this.index.edges.get(id)?.type ?? id;
  }

  private zoomBy(f: number): void {
    const w = this.cy.width();
    const h = this.cy.height();
    this.cy.zoom({ level: this.cy.zoom() * f, renderedPosition: { x: w / 2, y: h / 2 } });
  }

  runLayout(name: string): void {
    const make = LAYOUTS[name] ?? LAYOUTS['fcose']!;
    const eles = this.cy.elements().filter((e) => !e.hasClass('filtered'));
    if (eles.empty()) return;
    const layout = eles.layout(make(this.focusRoot ?? this.panelShows));
    layout.one('layoutstop', () => this.capZoom());
    layout.run();
  }

  /** A few nodes fitted to the screen would be huge: keep them at a readable size. */
  private capZoom(): void {
    if (this.cy.zoom() > READABLE_ZOOM) this.cy.zoom({ level: READABLE_ZOOM, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  private clearView(): void {
    this.cy.elements().remove();
    this.reasons.clear();
    this.expanded.clear();
  }

  /** Adds nodes (and every edge between nodes in view) for a reason; returns the ids that were new. */
  private addNodes(ids: readonly string[], reason: string): string[] {
    const added: string[] = [];
    const defs: cytoscape.ElementDefinition[] = [];
    for (const id of ids) {
      const n = this.index.nodes.get(id);
      if (!n) continue;
      const r = this.reasons.get(id);
      if (r) {
        r.add(reason);
        continue;
      }
      this.reasons.set(id, new Set([reason]));
      added.push(id);
      const caption = n.name.length > 32 ? `${n.name.slice(0, 30)}…` : n.name;
      // A spiral start, so that no two nodes (and no edge's two ends) share a position before the layout runs.
      const k = this.reasons.size;
      const position = { x: 30 * Math.sqrt(k) * Math.cos(k * 2.39996), y: 30 * Math.sqrt(k) * Math.sin(k * 2.39996) };
      defs.push({ group: 'nodes', data: { ...n, caption, size: nodeSize(n.degree), fontSize: labelSize(n.degree) }, position, classes: passes(this.filterState, n) ? '' : 'filtered' });
    }
    const seen = new Set<string>();
    for (const id of added) {
      for (const eid of this.index.adjacency.get(id) ?? []) {
        if (seen.has(eid)) continue;
        seen.add(eid);
        const e = this.index.edges.get(eid)!;
        const other = e.source === id ? e.target : e.source;
        if (!this.reasons.has(other) || this.cy.getElementById(eid).nonempty()) continue;
        const caption = e.type === 'HOLDS_POSITION' && typeof e['title'] === 'string' ? `${e['title']}` : e.type;
        defs.push({ group: 'edges', data: { ...e, caption }, classes: passes(this.filterState, e) ? '' : 'filtered' });
      }
    }
    this.cy.batch(() => this.cy.add(defs));
    this.refresh();
    return added;
  }

  private dropReason(reason: string): void {
    const gone: string[] = [];
    for (const [id, r] of this.reasons) {
      if (r.delete(reason) && r.size === 0) gone.push(id);
    }
    this.cy.batch(() => {
      for (const id of gone) {
        this.reasons.delete(id);
        this.expanded.delete(id);
        this.cy.getElementById(id).remove();
      }
    });
    // Nodes expanded from a removed node lose that support too.
    for (const id of gone) this.dropReason(`expand:${id}`);
  }

  /** Puts new nodes on a circle around a node already placed. */
  private placeAround(centerId: string, ids: readonly string[]): void {
    const center = this.cy.getElementById(centerId);
    if (center.empty() || ids.length === 0) return;
    const c = center.position();
    const r = 60 + 12 * Math.sqrt(ids.length) * 4;
    ids.forEach((id, i) => {
      if (id === centerId) return;
      const a = (2 * Math.PI * i) / ids.length;
      this.cy.getElementById(id).position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    });
  }

  /** Puts new nodes in the middle of the current viewport. */
  private placeNear(ids: readonly string[]): void {
    const ext = this.cy.extent();
    for (const id of ids) this.cy.getElementById(id).position({ x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 });
  }

  private applyFilters(): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((e) => {
        e.toggleClass('filtered', !passes(this.filterState, e.data()));
      });
    });
    // Cytoscape recomputes styles lazily (at the next frame) and caches visible() until then: settle them now, so
    // that anything asking visible() right after a filter change gets the new answer.
    this.cy.elements().forEach((e) => void e.style('display'));
    this.refresh();
  }

  /** Updates the legend counts and the status line. */
  private refresh(): void {
    const labels = new Map<string, number>();
    const types = new Map<string, number>();
    this.cy.nodes().forEach((n) => {
      if (n.hasClass('filtered')) return;
      const l = n.data('label') as string;
      labels.set(l, (labels.get(l) ?? 0) + 1);
    });
    this.cy.edges().forEach((e) => {
      if (e.hasClass('filtered') || e.source().hasClass('filtered') || e.target().hasClass('filtered')) return;
      const t = e.data('type') as string;
      types.set(t, (types.get(t) ?? 0) + 1);
    });
    this.filters.updateCounts(labels, types);
    const shown = [...labels.values()].reduce((a, b) => a + b, 0);
    const total = this.index.nodes.size;
    const mode = this.focusRoot ? `focus on ${this.label(this.focusRoot)}` : shown < total ? 'search or expand (double-click) to see more' : 'whole graph';
    this.setStatus(`Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} nodes — ${mode}.`);
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }
}
