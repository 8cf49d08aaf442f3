/**
 * Reading the training treebanks
 * ==============================
 *
 * UD English-EWT and GUM (CC BY parts) from ../shared/treebank, read at
 * training time and never copied into the project.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseConllu, type ConlluSentence } from "../../src/nlp/conllu.js";

/** ../shared beside the repository, or NEWS_KG_SHARED (the tests point it elsewhere to check what runs without it). */
export const SHARED = process.env.NEWS_KG_SHARED ? path.resolve(process.env.NEWS_KG_SHARED) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared");
export const TREEBANK = path.join(SHARED, "treebank");

export const TREEBANK_FILES = {
  ewtTrain: "en_ewt-ud-train.conllu",
  ewtDev: "en_ewt-ud-dev.conllu",
  gumTrain: "gum-ccby-train.conllu",
  gumDev: "gum-ccby-dev.conllu",
} as const;

export function treebankAvailable(): boolean {
  return existsSync(path.join(TREEBANK, TREEBANK_FILES.ewtTrain));
}

export function readTreebank(name: string): ConlluSentence[] {
  const file = path.join(TREEBANK, name);
  return parseConllu(readFileSync(file, "utf8"), file);
}

export function forms(s: ConlluSentence): string[] {
  return s.words.map((w) => w.form);
}
