/** Builds DOM without ever parsing markup: text goes in through text nodes only, never innerHTML. */

export interface ElementProps {
  class?: string;
  text?: string;
  title?: string;
  /** Plain attributes. Event-handler attributes (on…) and `style` are refused: the page runs under a strict CSP. */
  attrs?: Record<string, string>;
}

/** Creates an element with the given class, text and attributes, and appends the children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly (Node | string | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title !== undefined) e.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(k) || k.toLowerCase() === 'style' || k.toLowerCase() === 'href' || k.toLowerCase() === 'src') {
      throw new Error(`el: attribute ${k} is not allowed`);
    }
    e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A button that calls `onClick`. */
export function button(text: string, onClick: () => void, props: ElementProps = {}): HTMLButtonElement {
  const b = el('button', { ...props, text, attrs: { type: 'button', ...(props.attrs ?? {}) } });
  b.addEventListener('click', onClick);
  return b;
}
