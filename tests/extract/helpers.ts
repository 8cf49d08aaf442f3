import { extractArticle } from "../../src/extract-article.js";
import type { DocumentExtraction } from "../../src/schema/index.js";

export function extract(text: string, published = "2017-12-11"): DocumentExtraction {
  return extractArticle({ id: "t", text, published });
}

/** Mentions as "kind:entity" (the entity key: canonical, full name or name). */
export function mentionKeys(x: DocumentExtraction): string[] {
  return x.mentions.filter((m) => !m.implicit).map((m) => `${m.kind}:${m.canonical ?? m.ref ?? m.name}`);
}

export function tripleKeys(x: DocumentExtraction): string[] {
  const name = (r: { mention: number } | { event: number }) => {
    if (!("mention" in r)) return `event#${r.event}`;
    const m = x.mentions[r.mention]!;
    return m.canonical ?? m.ref ?? m.name;
  };
  return x.triples.map((t) => `${name(t.subject)} ${t.predicate} ${name(t.object)}`);
}
