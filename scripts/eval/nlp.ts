/**
 * The statistical core on the dev splits
 * ======================================
 *
 * - UD English-EWT dev and GUM dev: UPOS and XPOS accuracy of the tagger, and
 *   UAS/LAS of the parser fed with the tagger's predicted tags (gold
 *   tokenization), over all words with punctuation, LAS on the universal part
 *   of the relation, as in the CoNLL 2018 shared task;
 * - the NER alone on CoNLL-2003 dev and UNER EWT dev (strict exact spans over
 *   PER/LOC/ORG, MISC ignored).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { ConlluSentence } from "../../src/nlp/conllu.js";
import { universalRelation } from "../../src/nlp/conllu.js";
import { loadModels, type NerTagger, type NlpModels } from "../../src/nlp/index.js";
import { evaluateNer, loadDevSets } from "../train/train-ner.js";
import { TREEBANK, TREEBANK_FILES, readTreebank } from "../train/treebank.js";

export interface UdScore {
  words: number;
  upos: number;
  xpos: number;
  uas?: number;
  las?: number;
}

export function evalUd(models: NlpModels, sentences: readonly ConlluSentence[]): UdScore {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let uas = 0;
  let las = 0;
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    const tags = models.tagger.tag(forms);
    const tree = models.parser?.parse(forms, tags.upos, tags.xpos);
    s.words.forEach((w, i) => {
      words++;
      if (tags.upos[i] === w.upos) upos++;
      if (tags.xpos[i] === w.xpos) xpos++;
      if (tree && tree.heads[i] === w.head) {
        uas++;
        if (universalRelation(tree.deprels[i]!) === universalRelation(w.deprel)) las++;
      }
    });
  }
  const pct = (n: number) => (100 * n) / words;
  return { words, upos: pct(upos), xpos: pct(xpos), ...(models.parser ? { uas: pct(uas), las: pct(las) } : {}) };
}

export function reportNlp(): string[] {
  const lines: string[] = [];
  if (!existsSync(path.join(TREEBANK, TREEBANK_FILES.ewtDev))) return [`(skipped the core: ${TREEBANK} not found)`];
  const models = loadModels(process.env.MODELS_DIR ? { dir: process.env.MODELS_DIR } : {});
  const f = (x: number | undefined) => (x === undefined ? "–" : x.toFixed(2));
  for (const [name, file] of [["EWT dev", TREEBANK_FILES.ewtDev], ["GUM dev", TREEBANK_FILES.gumDev]] as const) {
    const r = evalUd(models, readTreebank(file).filter((s) => s.words.every((w) => w.head >= 0)));
    lines.push(`  ${name}: UPOS ${f(r.upos)}  XPOS ${f(r.xpos)}  UAS ${f(r.uas)}  LAS ${f(r.las)}  (${r.words} words${models.parser ? "" : "; no parser model"})`);
  }
  const dev = loadDevSets();
  for (const [name, docs] of [["CoNLL-2003 dev (NER alone)", dev.conll], ["UNER EWT dev (NER alone)", dev.uner], ["GUM dev entities (NER alone)", dev.gum]] as const) {
    const s = evaluateNer(models.ner as NerTagger, docs);
    const types = Object.entries(s.byType).map(([t, v]) => `${t} ${(100 * v.f1).toFixed(1)}`).join(", ");
    lines.push(`  ${name}: P ${(100 * s.precision).toFixed(1)}  R ${(100 * s.recall).toFixed(1)}  F1 ${(100 * s.f1).toFixed(1)}  (${types})`);
  }
  return lines;
}
