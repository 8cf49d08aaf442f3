/**
 * Quotes with the mentions highlighted
 * ====================================
 *
 * Evidence gives the sentence, not the position of each name in it, so the
 * names of the relation's two ends (labels and aliases) are looked up in the
 * sentence, case-insensitively and on word boundaries, longest first. The
 * result is text nodes and `<mark>` elements: the quote is never parsed as
 * HTML.
 */

export interface HighlightTerm {
  text: string;
  className: string;
}

export function highlightText(text: string, terms: readonly HighlightTerm[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const usable = terms
    .filter((t) => t.text.trim().length >= 2)
    .sort((a, b) => b.text.length - a.text.length);
  const classOf = new Map<string, string>();
  for (const term of usable) {
    const key = term.text.toLowerCase();
    if (!classOf.has(key)) classOf.set(key, term.className);
  }
  if (classOf.size === 0) {
    fragment.appendChild(document.createTextNode(text));
    return fragment;
  }
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...classOf.keys()].map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) fragment.appendChild(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement("mark");
    mark.className = classOf.get(match[0].toLowerCase()) ?? "mention";
    mark.textContent = match[0];
    fragment.appendChild(mark);
    last = start + match[0].length;
  }
  if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
  return fragment;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&").replace(/\s+/g, "\\s+");
}
