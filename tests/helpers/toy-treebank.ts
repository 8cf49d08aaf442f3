/**
 * A toy treebank for the parser's training tests: "the N V(ed) a N ." and
 * "N V the N quickly ." with varied words, 60 sentences.
 */
import type { ConlluSentence } from "../../src/nlp/conllu.js";

export function toyTreebank(): ConlluSentence[] {
  const nouns = ["man", "woman", "child", "teacher", "farmer", "bird", "horse", "doctor", "pilot", "king", "queen", "student"];
  const verbs = ["saw", "liked", "helped", "met", "found", "called", "followed", "visited"];
  const out: ConlluSentence[] = [];
  const word = (id: number, form: string, upos: string, xpos: string, head: number, deprel: string) => ({ id, form, lemma: "_", upos, xpos, feats: "_", head, deprel, deps: "_", misc: "_" });
  for (let i = 0; i < 60; i++) {
    const a = nouns[i % nouns.length]!;
    const b = nouns[(i * 5 + 3) % nouns.length]!;
    const v = verbs[(i * 3) % verbs.length]!;
    const words =
      i % 2 === 0
        ? [word(1, "the", "DET", "DT", 2, "det"), word(2, a, "NOUN", "NN", 3, "nsubj"), word(3, v, "VERB", "VBD", 0, "root"), word(4, "a", "DET", "DT", 5, "det"), word(5, b, "NOUN", "NN", 3, "obj"), word(6, ".", "PUNCT", ".", 3, "punct")]
        : [word(1, a, "NOUN", "NN", 2, "nsubj"), word(2, v, "VERB", "VBD", 0, "root"), word(3, "the", "DET", "DT", 4, "det"), word(4, b, "NOUN", "NN", 2, "obj"), word(5, "quickly", "ADV", "RB", 2, "advmod"), word(6, ".", "PUNCT", ".", 2, "punct")];
    out.push({ line: i + 1, comments: [], words, extra: [] });
  }
  return out;
}
