/**
 * Evidence sentences of a relation
 * ================================
 *
 * Each piece of evidence is shown as the quoted sentence, with the names of
 * the relation's ends highlighted, and the article it comes from (outlet,
 * date, title) and its sentence number. Long lists show the first few quotes
 * and a button for the rest, so a hub with hundreds of sentences stays
 * readable.
 */
import { articleCitation } from "./article-citation.js";
import { appendWithMore } from "./append-with-more.js";
import { element } from "./element.js";
import { highlightText, type HighlightTerm } from "./highlight-text.js";
import type { ArticleMeta, Evidence } from "./types.js";

export function evidenceList(
  evidence: readonly Evidence[],
  terms: readonly HighlightTerm[],
  articles: ReadonlyMap<string, ArticleMeta>,
  shown: number,
): HTMLElement {
  const list = element("ul", { className: "evidence" });
  const render = (e: Evidence) => {
    const quote = element("blockquote", { className: "quote" });
    quote.appendChild(highlightText(e.quote, terms));
    return element(
      "li",
      { attrs: { "data-doc": e.doc } },
      quote,
      element("div", { className: "cite" }, articleCitation(e.doc, articles.get(e.doc)), ` · sentence ${e.sentence + 1}`),
    );
  };
  appendWithMore(list, evidence, render, { first: shown, noun: "sentences" });
  return list;
}
