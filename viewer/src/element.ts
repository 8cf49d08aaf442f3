/**
 * Building DOM elements safely
 * ============================
 *
 * The one way the viewer creates markup. Children that are strings become
 * text nodes (`document.createTextNode`), never HTML: article text, labels and
 * titles can contain `<script>` or `<img onerror=…>` and must show as typed.
 * Attribute names always come from the viewer's code, never from the data.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  attrs?: Record<string, string>;
  title?: string;
  onClick?: (event: MouseEvent) => void;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.title !== undefined) el.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  if (props.onClick) (el as HTMLElement).addEventListener("click", props.onClick);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
