/**
 * Jackknifed tags for training the parser
 * =======================================
 *
 * The parser reads the tagger's tags at run time, mistakes included, so it is
 * trained on predicted tags too: the training sentences are cut into k folds,
 * and each fold is tagged by a tagger trained on the other k − 1. Tags of
 * sentences a tagger has seen would be almost perfect, and a parser trained on
 * them would trust tags more than it should.
 */
import type { ConlluSentence } from "../../src/nlp/conllu.js";
import { Tagger } from "../../src/nlp/tagger.js";
import { trainTagger, type TrainTaggerOptions } from "./train-tagger.js";

export const JACKKNIFE_FOLDS = 4;

/** Sentence i belongs to fold i mod k: every fold has some of every file. */
export function foldOf(index: number, folds = JACKKNIFE_FOLDS): number {
  return index % folds;
}

/** Predicted "UPOS XPOS" for every word of the sentences of `fold`, by a tagger trained on the other folds. */
export function tagFold(sentences: readonly ConlluSentence[], fold: number, options: TrainTaggerOptions = {}, folds = JACKKNIFE_FOLDS): string[][] {
  const train = sentences.filter((_, i) => foldOf(i, folds) !== fold);
  const tagger = Tagger.fromBytes(trainTagger(train, options), `tagger (fold ${fold})`);
  const out: string[][] = [];
  sentences.forEach((s, i) => {
    if (foldOf(i, folds) !== fold) return;
    const r = tagger.tag(s.words.map((w) => w.form));
    out.push(r.upos.map((u, k) => `${u} ${r.xpos[k]}`));
  });
  return out;
}

/** Copies of the sentences with the fold taggers' tags in place of the gold ones. */
export function withPredictedTags(sentences: readonly ConlluSentence[], foldTags: readonly string[][][], folds = JACKKNIFE_FOLDS): ConlluSentence[] {
  const next = new Array<number>(folds).fill(0);
  return sentences.map((s, i) => {
    const f = foldOf(i, folds);
    const tags = foldTags[f]![next[f]!++]!;
    return {
      ...s,
      words: s.words.map((w, k) => {
        const [upos, xpos] = tags[k]!.split(" ");
        return { ...w, upos: upos!, xpos: xpos ?? "_" };
      }),
    };
  });
}
