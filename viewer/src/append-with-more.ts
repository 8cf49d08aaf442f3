/**
 * Long lists, shown a page at a time
 * ==================================
 *
 * A hub of a large corpus can have thousands of sources, relations, quotes
 * or conflicting figures. The panel renders the first few and a "show more"
 * button that adds the next page, so opening a node never builds tens of
 * thousands of elements at once.
 */
import { element } from "./element.js";

export function appendWithMore<T>(
  container: HTMLElement,
  items: readonly T[],
  render: (item: T) => Node,
  options: { first: number; page?: number; noun: string; rowTag?: "li" | "div" },
): void {
  const page = options.page ?? Math.max(options.first, 20);
  let shown = 0;
  const more = element("button", { className: "more", attrs: { type: "button" } });
  const row = element(options.rowTag ?? (container.tagName === "UL" || container.tagName === "OL" ? "li" : "div"), { className: "more-row" }, more);
  const addPage = (count: number) => {
    row.remove();
    for (const item of items.slice(shown, shown + count)) container.appendChild(render(item));
    shown = Math.min(items.length, shown + count);
    const left = items.length - shown;
    if (left > 0) {
      more.textContent = `show ${Math.min(left, page)} more ${options.noun} (${left} left)`;
      container.appendChild(row);
    }
  };
  more.addEventListener("click", () => addPage(page));
  addPage(options.first);
}
