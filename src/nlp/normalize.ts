/**
 * Text normalization: truecasing lower-cased text
 * ===============================================
 *
 * Some feeds deliver articles lower-cased and tokenized ("russia s hmeymim air
 * base"). Names are found by their capitals, so such text is truecased first:
 * each word takes the casing the rest of the corpus gives it mid-sentence
 * (the casing model), else the casing the lexicons give it, else stays lower
 * case; sentence starts are capitalised. Truecasing changes case only, never
 * length, so every offset into the truecased text is an offset into the
 * original article.
 */
import { CASE_SENSITIVE_ALIASES, GIVEN_NAMES, KNOWN_GROUPS, STOPWORDS, gazetteer } from "../lexicon/index.js";
import type { CasingView, Lookup, PhraseEntry, VocabularyView } from "../schema/index.js";
import { isUpper } from "./tokens.js";

export type { CasingView, Lookup, PhraseEntry, VocabularyView };

/**
 * What the corpus says about casing: single words that stand capitalised on
 * their own mid-sentence ("Hmeymim"), and runs of capitalised words as whole
 * phrases ("Islamic State"), so a word that is capitalised only inside a
 * longer name ("State") is not capitalised everywhere.
 */
export interface CasingModel {
  words: Map<string, string>;
  phrases: PhraseIndex;
}

type PhraseIndex = Map<string, PhraseEntry[]>;

export function emptyCasingModel(): CasingModel {
  return { words: new Map(), phrases: new Map() };
}

const WORD_RE = /[\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}]+)*\.?/gu;

/** Whether a text has (almost) no capital letters, i.e. was lower-cased. */
export function isLowercased(text: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = Math.min(text.length, 40_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) letters++, upper++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (isUpper(ch)) upper++;
      }
    }
  }
  return letters >= 40 && upper / letters < 0.005;
}

/**
 * Learns mid-sentence casing from texts that are not lower-cased: a word is
 * kept with capitals when it is capitalised more often than not.
 */
export function buildCasingModel(texts: Iterable<string>): CasingModel {
  const counts = new Map<string, Map<string, number>>();
  const phraseCounts = new Map<string, { cased: string[]; n: number }>();
  const count = (form: string) => {
    const lower = form.toLowerCase();
    let forms = counts.get(lower);
    if (!forms) counts.set(lower, (forms = new Map()));
    forms.set(form, (forms.get(form) ?? 0) + 1);
  };
  for (const text of texts) {
    if (isLowercased(text)) continue;
    const raw: Array<{ start: number; form: string; caps: boolean }> = [];
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_RE.exec(text)) !== null) {
      const form = m[0].replace(/\.$/, "");
      raw.push({ start: m.index, form, caps: form.length > 1 && form === form.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(form) });
    }
    // An ALL-CAPS word says nothing about how it is cased in running text when it stands in a
    // headline or a shout (next to other ALL-CAPS words); alone and short, it is an acronym ("NATO").
    const words: Array<{ start: number; text: string; cap: boolean }> = [];
    raw.forEach((w, k) => {
      if (w.caps && (!/^\p{Lu}{2,5}$/u.test(w.form) || raw[k - 1]?.caps || raw[k + 1]?.caps)) return;
      words.push({ start: w.start, text: w.form, cap: (isUpper(w.form[0]!) || /^(?:al|el)-\p{Lu}/u.test(w.form)) && !HONORIFIC_RE.test(w.form) });
    });
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (isSentenceStart(text, w.start)) continue;
      if (!w.cap) {
        count(w.text);
        continue;
      }
      // A run of capitalised words next to each other: a phrase, not evidence for each word.
      let j = i + 1;
      while (j < words.length && words[j]!.cap && words[j]!.start === words[j - 1]!.start + words[j - 1]!.text.length + 1) j++;
      if (j - i === 1) count(w.text);
      else {
        const cased = words.slice(i, j).map((x) => x.text);
        const key = cased.join(" ").toLowerCase();
        const entry = phraseCounts.get(key) ?? { cased, n: 0 };
        entry.n++;
        phraseCounts.set(key, entry);
        i = j - 1;
      }
    }
  }
  const model = emptyCasingModel();
  for (const [lower, forms] of counts) {
    let best = lower;
    let bestCount = 0;
    for (const [form, n] of forms) if (n > bestCount || (n === bestCount && form < best)) (best = form), (bestCount = n);
    if (best !== lower) model.words.set(lower, best);
  }
  for (const { cased } of phraseCounts.values()) addToIndex(model.phrases, cased);
  for (const list of model.phrases.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  return model;
}

const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Dr|Gen|President|Prime|Minister)$/;

function addToIndex(index: PhraseIndex, cased: string[]): void {
  const lower = cased.map((w) => w.toLowerCase());
  const list = index.get(lower[0]!) ?? [];
  if (!list.some((e) => e.lower.join(" ") === lower.join(" "))) list.push({ lower, cased });
  index.set(lower[0]!, list);
}

interface LexiconCasing {
  /** Single-word names. */
  words: Map<string, string>;
  /** Multi-word names by first word: lower-cased words and their cased forms. */
  phrases: PhraseIndex;
}

let lexiconCasing: LexiconCasing | undefined;

/**
 * Casing the lexicons give: single-word names word by word, multi-word names
 * only as whole phrases (so "Islamic State" does not capitalise every "state").
 */
function lexiconModel(): LexiconCasing {
  if (lexiconCasing) return lexiconCasing;
  const map = new Map<string, string>();
  const phrases: PhraseIndex = new Map();
  const addPhrase = (phrase: string) => {
    const cased = phrase.split(/\s+/).filter((w) => w.length > 0);
    if (cased.length === 0 || !/\p{Lu}/u.test(phrase)) return;
    if (cased.length > 1) {
      const lower = cased.map((w) => w.toLowerCase());
      const list = phrases.get(lower[0]!) ?? [];
      list.push({ lower, cased });
      phrases.set(lower[0]!, list);
      return;
    }
    const word = cased[0]!;
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || lower.length < 2) return;
    if (CASE_SENSITIVE_ALIASES.has(word) || (word === word.toUpperCase() && !word.includes("."))) return;
    if (!map.has(lower)) map.set(lower, word);
  };
  const gaz = gazetteer();
  for (const [key, entry] of gaz.places) {
    // A city name that is also an English function word must not be capitalised.
    if (entry.type !== "city" || (entry.population ?? 0) >= 500_000) addPhrase(matchCase(key, entry.name));
  }
  for (const country of gaz.countries.values()) for (const d of country.demonyms) addPhrase(d);
  for (const group of KNOWN_GROUPS) for (const name of group.names) addPhrase(name);
  for (const name of GIVEN_NAMES) if (!STOPWORDS.has(name)) map.set(name, name[0]!.toUpperCase() + name.slice(1));
  for (const list of phrases.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  lexiconCasing = { words: map, phrases };
  return lexiconCasing;
}

function matchCase(lowerKey: string, canonical: string): string {
  return canonical.toLowerCase() === lowerKey ? canonical : lowerKey.replace(/(^|\s)\p{L}/gu, (s) => s.toUpperCase());
}

/**
 * Restores capitals in a lower-cased text. Returns a string of the same length.
 * A given name followed by a word the model has never seen in lower case is
 * taken as a first name + surname pair ("eric pahon" → "Eric Pahon").
 */
export function truecase(text: string, model: CasingView, vocabulary?: VocabularyView): string {
  const lex = lexiconModel();
  const out = text.split("");
  const words: Array<{ start: number; text: string }> = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) words.push({ start: m.index, text: m[0] });
  const setWord = (start: number, form: string) => {
    for (let i = 0; i < form.length; i++) out[start + i] = form[i]!;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    const bare = lower.replace(/\.$/, "");
    const phrase = matchPhraseIndex(words, i, model.phrases) ?? matchPhraseIndex(words, i, lex.phrases);
    if (phrase) {
      phrase.forEach((form, k) => setWord(words[i + k]!.start, form));
      if (isSentenceStart(text, w.start)) out[w.start] = out[w.start]!.toUpperCase();
      i += phrase.length - 1;
      continue;
    }
    const form = model.words.get(bare) ?? (STOPWORDS.has(bare) ? undefined : lex.words.get(bare));
    if (form && form.length === bare.length) setWord(w.start, form);
    else if (!form && bare.includes("-")) {
      // "iran-backed" → "Iran-backed": case each part of a compound on its own.
      let offset = 0;
      for (const part of bare.split("-")) {
        const partForm = model.words.get(part) ?? (STOPWORDS.has(part) ? undefined : lex.words.get(part));
        if (partForm && partForm.length === part.length && /^\p{Lu}/u.test(partForm)) setWord(w.start + offset, partForm);
        offset += part.length + 1;
      }
    }
    if (GIVEN_NAMES.has(bare) && i + 1 < words.length) {
      const next = words[i + 1]!;
      const nextLower = next.text.toLowerCase();
      const between = text.slice(w.start + w.text.length, next.start);
      if (/^ ?$/.test(between) && !STOPWORDS.has(nextLower) && !(vocabulary?.has(nextLower) ?? false)) {
        setWord(w.start, bare[0]!.toUpperCase() + bare.slice(1));
        setWord(next.start, nextLower[0]!.toUpperCase() + nextLower.slice(1));
      }
    }
    if (isSentenceStart(text, w.start)) out[w.start] = out[w.start]!.toUpperCase();
  }
  return out.join("");
}

function matchPhraseIndex(words: Array<{ start: number; text: string }>, i: number, index: Lookup<PhraseEntry[]>): string[] | undefined {
  const candidates = index.get(words[i]!.text.toLowerCase());
  if (!candidates) return undefined;
  for (const { lower, cased } of candidates) {
    if (i + lower.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < lower.length && ok; k++) {
      const w = words[i + k]!;
      ok = w.text.toLowerCase() === lower[k] && (k === 0 || w.start === words[i + k - 1]!.start + words[i + k - 1]!.text.length + 1);
    }
    if (ok && cased.every((c, k) => c.length === lower[k]!.length)) return cased;
  }
  return undefined;
}

/** Lower-case words seen mid-sentence in cased texts: the corpus's common vocabulary. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocab = new Set<string>();
  for (const text of texts) {
    if (isLowercased(text)) continue;
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_RE.exec(text)) !== null) {
      const ch = m[0][0]!;
      if (!isUpper(ch)) vocab.add(m[0].toLowerCase());
    }
  }
  return vocab;
}

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === '"' || text[i] === "'" || text[i] === "“" || text[i] === "‘" || text[i] === "(")) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  if (ch === "\n" || ch === "\r" || ch === "!" || ch === "?") return true;
  if (ch === ".") {
    // "U.S. priorities" and "Mr. Putin" do not start a sentence.
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 10), i + 1));
    if (before && (/\./.test(before[1]!) || /^(?:mr|mrs|ms|dr|gen|st|col|lt|sen|rep|gov)$/i.test(before[1]!))) return false;
    return true;
  }
  return false;
}
