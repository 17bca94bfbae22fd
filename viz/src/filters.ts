import { el } from './dom.js';
import type { GraphIndex } from './graph-index.js';
import { FALLBACK_COLOR, LABEL_STYLE, TYPE_COLOR } from './style.js';

/** What is filtered out. Elements without dates always pass the time range. */
export interface FilterState {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  /** Inclusive date range (ISO strings compare in order); null when the graph has no dates. */
  from: string | null;
  to: string | null;
}

/** Whether an element's data passes the filters. */
export function passes(state: FilterState, data: { label?: string; type?: string; dates?: string[] }): boolean {
  if (data.label !== undefined && state.hiddenLabels.has(data.label)) return false;
  if (data.type !== undefined && state.hiddenTypes.has(data.type)) return false;
  const dates = data.dates ?? [];
  if (dates.length === 0 || state.from === null || state.to === null) return true;
  return dates.some((d) => d >= state.from! && d <= state.to!);
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** The legend (labels with colours, shapes and counts), which doubles as the label filter; type filters; time slider. */
export class Filters {
  readonly root: HTMLElement;
  private readonly hiddenLabels = new Set<string>();
  private readonly hiddenTypes = new Set<string>();
  private fromIndex = 0;
  private toIndex: number;
  private readonly labelCounts = new Map<string, HTMLElement>();
  private readonly typeCounts = new Map<string, HTMLElement>();
  private readonly rangeText: HTMLElement;

  constructor(
    private readonly index: GraphIndex,
    private readonly onChange: (state: FilterState) => void,
    initiallyHiddenTypes: readonly string[] = [],
  ) {
    for (const t of initiallyHiddenTypes) if (index.typeCounts.has(t)) this.hiddenTypes.add(t);
    this.toIndex = Math.max(0, index.dates.length - 1);
    const labels = el('fieldset', { class: 'legend', attrs: { id: 'legend' } }, [el('legend', { text: 'Labels' })]);
    for (const label of [...index.labelCounts.keys()].sort()) {
      const count = el('span', { class: 'count' });
      this.labelCounts.set(label, count);
      const swatch = el('span', { class: `swatch shape-${LABEL_STYLE[label]?.shape ?? 'ellipse'}` });
      swatch.style.backgroundColor = LABEL_STYLE[label]?.color ?? FALLBACK_COLOR;
      labels.append(this.checkbox('label', label, this.hiddenLabels, [swatch, el('span', { class: 'name', text: label }), count]));
    }
    const types = el('fieldset', { class: 'types', attrs: { id: 'type-filter' } }, [el('legend', { text: 'Relationships' })]);
    for (const type of [...index.typeCounts.keys()].sort()) {
      const count = el('span', { class: 'count' });
      this.typeCounts.set(type, count);
      const swatch = el('span', { class: 'line-swatch' });
      swatch.style.backgroundColor = TYPE_COLOR[type] ?? FALLBACK_COLOR;
      types.append(this.checkbox('type', type, this.hiddenTypes, [swatch, el('span', { class: 'name', text: type }), count]));
    }
    this.rangeText = el('div', { class: 'range-text', attrs: { id: 'time-range' } });
    const time = el('fieldset', { class: 'time', attrs: { id: 'time-filter' } }, [el('legend', { text: 'Time' })]);
    if (index.dates.length > 0) {
      const max = String(index.dates.length - 1);
      const from = el('input', { attrs: { type: 'range', min: '0', max, step: '1', value: '0', id: 'time-from', 'aria-label': 'from date' } });
      const to = el('input', { attrs: { type: 'range', min: '0', max, step: '1', value: max, id: 'time-to', 'aria-label': 'to date' } });
      const update = (): void => {
        let a = Number(from.value);
        let b = Number(to.value);
        if (a > b) [a, b] = [b, a];
        this.fromIndex = a;
        this.toIndex = b;
        this.emit();
      };
      from.addEventListener('input', update);
      to.addEventListener('input', update);
      time.append(this.rangeText, el('label', {}, ['from ', from]), el('label', {}, ['to ', to]));
      time.append(el('p', { class: 'hint', text: 'Dates of positions, events, documents and articles; undated items always show.' }));
    } else time.append(el('p', { class: 'hint', text: 'No dates in this graph.' }));
    this.root = el('div', { class: 'filters' }, [labels, types, time]);
    this.renderRange();
  }

  private checkbox(kind: 'label' | 'type', value: string, hidden: Set<string>, content: Node[]): HTMLElement {
    const box = el('input', { attrs: { type: 'checkbox', 'data-filter': kind, value } });
    box.checked = !hidden.has(value);
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(value);
      else hidden.add(value);
      this.emit();
    });
    return el('label', { class: 'filter-row' }, [box, ...content]);
  }

  private renderRange(): void {
    const d = this.index.dates;
    this.rangeText.textContent = d.length ? `${d[this.fromIndex]} — ${d[this.toIndex]}` : '';
  }

  state(): FilterState {
    const d = this.index.dates;
    return {
      hiddenLabels: this.hiddenLabels,
      hiddenTypes: this.hiddenTypes,
      from: d.length ? d[this.fromIndex]! : null,
      to: d.length ? d[this.toIndex]! : null,
    };
  }

  private emit(): void {
    this.renderRange();
    this.onChange(this.state());
  }

  /** Updates the counts: shown in the view / in the whole graph. */
  updateCounts(shownLabels: ReadonlyMap<string, number>, shownTypes: ReadonlyMap<string, number>): void {
    for (const [label, node] of this.labelCounts) node.textContent = `${fmt(shownLabels.get(label) ?? 0)} / ${fmt(this.index.labelCounts.get(label) ?? 0)}`;
    for (const [type, node] of this.typeCounts) node.textContent = `${fmt(shownTypes.get(type) ?? 0)} / ${fmt(this.index.typeCounts.get(type) ?? 0)}`;
  }
}
