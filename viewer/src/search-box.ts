/**
 * Search with autocomplete
 * ========================
 *
 * An ARIA combobox over labels and aliases (search-index.ts). Arrow keys move
 * through the suggestions, Enter or a click chooses one; choosing calls
 * `onChoose`, which moves the camera and selects the node. "/" focuses the box
 * from anywhere on the page.
 */
import { clear, element } from "./element.js";
import type { Search, SearchHit } from "./search-index.js";

export function mountSearchBox(container: HTMLElement, search: Search, limit: number, onChoose: (node: string) => void): void {
  const input = element("input", {
    className: "search-input",
    attrs: {
      type: "search",
      placeholder: "Search names and aliases…  ( / )",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      "aria-label": "search nodes by name or alias",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = element("ul", { className: "search-results", attrs: { id: "search-results", role: "listbox" } });
  list.hidden = true;
  container.append(input, list);

  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    onChoose(hit.node);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `search-hit-${index}`);
      list.children[index]?.scrollIntoView({ block: "nearest" });
    }
  };
  const render = () => {
    hits = search(input.value, limit);
    clear(list);
    hits.forEach((hit, i) => {
      const dot = element("span", { className: "dot", attrs: { "aria-hidden": "true" } });
      dot.style.background = hit.color;
      const li = element(
        "li",
        { attrs: { role: "option", id: `search-hit-${i}`, "data-node": hit.node, "aria-selected": "false" } },
        dot,
        element("span", { className: "hit-label" }, hit.label),
        hit.alias ? element("span", { className: "hit-alias" }, ` (${hit.alias})`) : null,
        element("span", { className: "hit-kind" }, `${hit.kind} · ${hit.articles} article${hit.articles === 1 ? "" : "s"}`),
      );
      // mousedown, not click: the input's blur would close the list first.
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.appendChild(li);
    });
    if (hits.length === 0 && input.value.trim()) list.appendChild(element("li", { className: "no-hit" }, "no match"));
    const open = input.value.trim().length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    highlight(hits.length > 0 ? 0 : -1);
  };

  input.addEventListener("input", render);
  input.addEventListener("focus", () => input.value.trim() && render());
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      highlight((active + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(hits[active >= 0 ? active : 0]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === "/" && target && !["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
