import { clear, el } from './dom.js';
import type { GraphIndex, SearchHit } from './graph-index.js';

/** A search field with a list of suggestions; choosing one calls `onPick` with the node id. */
export class SearchBox {
  readonly root: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  /** False once a suggestion is picked, until the user types again. */
  private searching = false;

  constructor(
    private readonly index: GraphIndex,
    private readonly onPick: (id: string) => void,
  ) {
    this.input = el('input', {
      attrs: { type: 'search', id: 'search', placeholder: 'Search a name (diacritics optional)', autocomplete: 'off', 'aria-label': 'search', role: 'combobox', 'aria-controls': 'suggestions', 'aria-expanded': 'false' },
    });
    this.list = el('ul', { class: 'suggestions', attrs: { id: 'suggestions', role: 'listbox' } });
    this.root = el('div', { class: 'search' }, [this.input, this.list]);
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('blur', () => this.close());
    this.input.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if (this.hits.length === 0) return;
        this.active = (this.active + (ev.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
        this.render();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        const hit = this.hits[Math.max(0, this.active)];
        if (hit) this.pick(hit);
      } else if (ev.key === 'Escape') this.close();
    });
  }

  private update(): void {
    this.searching = true;
    this.hits = this.index.search(this.input.value, 12);
    this.active = -1;
    this.render();
  }

  private render(): void {
    clear(this.list);
    this.hits.forEach((h, i) => {
      const li = el('li', { class: i === this.active ? 'active' : '', attrs: { role: 'option', 'data-id': h.id } }, [
        el('span', { class: 'name', text: h.name }),
        el('span', { class: 'label', text: h.label }),
      ]);
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        this.pick(h);
      });
      this.list.append(li);
    });
    if (this.searching && this.input.value.trim() !== '' && this.hits.length === 0) this.list.append(el('li', { class: 'none', text: 'No match' }));
    this.input.setAttribute('aria-expanded', String(this.list.childElementCount > 0));
  }

  private pick(hit: SearchHit): void {
    this.input.value = hit.name;
    this.close();
    this.onPick(hit.id);
  }

  close(): void {
    this.searching = false;
    this.hits = [];
    this.active = -1;
    this.render();
  }
}
