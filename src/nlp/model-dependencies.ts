/**
 * What one article's extraction read of the corpus-level models
 * =============================================================
 *
 * Extraction of an article depends on its own text and on two corpus-level
 * tables: the casing model and the vocabulary (see normalize.ts). Adding one
 * article changes those tables a little, but an article's extraction changes
 * only if an answer it actually read changed. So extraction runs against
 * recording views of the tables, and the answers it read are kept with the
 * cached result; on the next build the cached result is reused when every
 * recorded answer is still the same (the build-system technique of recording
 * dependencies, as in Bazel or Salsa). Checking is linear in the words an
 * article consulted.
 */
import type { CasingView, Lookup, PhraseEntry, VocabularyView } from "../schema/index.js";

/** Answers read, as `[key, answer]` pairs: "w:word" casing, "p:word" phrases, "v:word" vocabulary. */
export type ModelDependencies = Array<[string, string]>;

export interface RecordingModel {
  casing: CasingView;
  vocabulary: VocabularyView;
  /** The answers read so far, sorted by key. */
  dependencies(): ModelDependencies;
}

function phraseAnswer(entries: PhraseEntry[] | undefined): string {
  return entries ? entries.map((e) => e.cased.join(" ")).join("|") : "";
}

/** Views of the models that remember every answer they give. */
export function recordingModel(casing: CasingView, vocabulary?: VocabularyView): RecordingModel {
  const read = new Map<string, string>();
  const words: Lookup<string> = {
    get(key) {
      const v = casing.words.get(key);
      read.set(`w:${key}`, v ?? "");
      return v;
    },
    has(key) {
      return this.get(key) !== undefined;
    },
  };
  const phrases: Lookup<PhraseEntry[]> = {
    get(key) {
      const v = casing.phrases.get(key);
      read.set(`p:${key}`, phraseAnswer(v));
      return v;
    },
    has(key) {
      return this.get(key) !== undefined;
    },
  };
  const vocab: VocabularyView = {
    has(key) {
      const v = vocabulary?.has(key) ?? false;
      read.set(`v:${key}`, v ? "1" : "0");
      return v;
    },
  };
  return {
    casing: { words, phrases },
    vocabulary: vocab,
    dependencies: () => [...read].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}

/** Whether the models still give every recorded answer. */
export function dependenciesHold(deps: ModelDependencies, casing: CasingView, vocabulary?: VocabularyView): boolean {
  for (const [key, answer] of deps) {
    const word = key.slice(2);
    const kind = key[0];
    const now = kind === "w" ? casing.words.get(word) ?? "" : kind === "p" ? phraseAnswer(casing.phrases.get(word)) : vocabulary?.has(word) ? "1" : "0";
    if (now !== answer) return false;
  }
  return true;
}
