/**
 * CoNLL-U reading and writing
 * ===========================
 *
 * The Universal Dependencies format: one word a line, ten tab-separated
 * columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), comment lines
 * starting with "#", a blank line after each sentence. Multiword-token lines
 * (ID "3-4") and empty nodes (ID "8.1") are kept, in place, so that a file can
 * be read, annotated and written back with its own tokenization.
 */
import { FormatError } from "../schema/index.js";

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root; -1 when the file gives "_". */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Line number (1-based) of the sentence's first line. */
  line: number;
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, each with the number of words before it. */
  extra: { after: number; line: string }[];
}

/** Parses CoNLL-U; a malformed line throws FormatError(file, line). */
export function parseConllu(text: string, file = "<input>"): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | undefined;
  const lines = text.split("\n");
  const flush = (lineNo: number) => {
    if (!current) return;
    if (current.words.length === 0) throw new FormatError(file, lineNo, "sentence has no word lines");
    for (const w of current.words) {
      if (w.head > current.words.length) throw new FormatError(file, current.line, `word ${w.id} has HEAD ${w.head}, past the sentence's ${current.words.length} words`);
    }
    sentences.push(current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let raw = lines[i]!;
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (i === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.trim() === "") {
      flush(lineNo);
      continue;
    }
    current ??= { line: lineNo, comments: [], words: [], extra: [] };
    if (raw.startsWith("#")) {
      if (current.words.length > 0 || current.extra.length > 0) throw new FormatError(file, lineNo, "comment line inside a sentence (a blank line must end the sentence before it)");
      current.comments.push(raw);
      continue;
    }
    const cols = raw.split("\t");
    if (cols.length !== 10) {
      throw new FormatError(file, lineNo, `expected 10 tab-separated columns, found ${cols.length}: is this CoNLL-U? (use --text for raw text)`);
    }
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) {
      current.extra.push({ after: current.words.length, line: raw });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new FormatError(file, lineNo, `ID "${id}" is not a word number, a range or a decimal`);
    const n = Number(id);
    if (n !== current.words.length + 1) throw new FormatError(file, lineNo, `word ID ${n} where ${current.words.length + 1} was expected`);
    const headCol = cols[6]!;
    if (headCol !== "_" && !/^\d+$/.test(headCol)) throw new FormatError(file, lineNo, `HEAD "${headCol}" is not a number`);
    if (cols[1]!.length === 0) throw new FormatError(file, lineNo, "empty FORM");
    current.words.push({
      id: n,
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head: headCol === "_" ? -1 : Number(headCol),
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
  }
  flush(lines.length);
  return sentences;
}

export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(c);
    let e = 0;
    for (let k = 0; k <= s.words.length; k++) {
      while (e < s.extra.length && s.extra[e]!.after === k) out.push(s.extra[e++]!.line);
      const w = s.words[k];
      if (!w) continue;
      out.push(
        [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? "_" : w.head, w.deprel, w.deps, w.misc].join("\t"),
      );
    }
    out.push("");
  }
  return out.join("\n") + (out.length > 0 ? "\n" : "");
}

/** The universal part of a dependency relation ("nsubj" of "nsubj:pass"). */
export function universalRelation(deprel: string): string {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
}
