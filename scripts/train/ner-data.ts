/**
 * NER training and dev data
 * =========================
 *
 * Readers for the three formats the NER learns and is measured on, all into
 * one shape: documents of tokenized sentences with BILOU label ids.
 *
 * - CoNLL-2003 (`token POS chunk NER`, IOB1, `-DOCSTART-` between documents);
 * - Universal NER (`id token tag …`, IOB2, `# newdoc id` starting documents;
 *   OTH reads as MISC);
 * - the CoNLL dev JSONL (one document a line: text with tokens joined by
 *   spaces and sentences by newlines, entities as character offsets).
 *
 * The files stay in ../shared (research licence): they are read at training
 * time and never copied.
 */
import { readFileSync } from "node:fs";
import { FormatError } from "../../src/schema/index.js";
import { entityTypeIndex, iobToBilou } from "../../src/nlp/ner-labels.js";

export interface NerDocument {
  id: string;
  sentences: string[][];
  /** BILOU label ids, parallel to `sentences`. */
  labels: number[][];
  /** CoNLL's own POS column, when the file has one (not used for training: see train-ner.ts). */
  pos?: string[][];
  /** XPOS tags from our own tagger (what the NER sees at run time), when POS features are on. */
  xpos?: string[][];
  /** 0 news (CoNLL), 1 web (Universal NER on EWT). */
  domain: number;
}

export interface GoldEntity {
  type: string;
  start: number;
  end: number;
}

/** A dev document with its gold entities as character spans of `text`. */
export interface DevDocument extends NerDocument {
  text: string;
  entities: GoldEntity[];
  /** Character offset of each token, per sentence. */
  offsets: number[][];
}

export function readConll2003(file: string, text = readFileSync(file, "utf8")): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: NerDocument | undefined;
  let words: string[] = [];
  let pos: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length === 0) return;
    if (!doc) {
      doc = { id: `${file}#${docs.length}`, sentences: [], labels: [], pos: [], domain: 0 };
      docs.push(doc);
    }
    doc.sentences.push(words);
    doc.labels.push(iobToBilou(tags));
    doc.pos!.push(pos);
    words = [];
    pos = [];
    tags = [];
  };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === "") {
      flush();
      continue;
    }
    const cols = line.split(" ");
    if (cols[0] === "-DOCSTART-") {
      flush();
      doc = undefined;
      continue;
    }
    if (cols.length !== 4) throw new FormatError(file, i + 1, `expected 4 columns (token POS chunk NER), found ${cols.length}`);
    words.push(cols[0]!);
    pos.push(cols[1]!);
    tags.push(cols[3]!);
  }
  flush();
  return docs;
}

export function readUner(file: string, text = readFileSync(file, "utf8")): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: NerDocument | undefined;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length === 0) return;
    if (!doc) {
      doc = { id: `${file}#${docs.length}`, sentences: [], labels: [], domain: 1 };
      docs.push(doc);
    }
    doc.sentences.push(words);
    doc.labels.push(iobToBilou(tags));
    words = [];
    tags = [];
  };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^# newdoc id = (.*)$/.exec(line);
      if (m) {
        flush();
        doc = { id: m[1]!, sentences: [], labels: [], domain: 1 };
        docs.push(doc);
      }
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 3) throw new FormatError(file, i + 1, `expected at least 3 tab-separated columns (id token tag), found ${cols.length}`);
    words.push(cols[1]!);
    tags.push(cols[2]!);
  }
  flush();
  return docs;
}

interface DevLine {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/** The CoNLL dev JSONL; gold entities also become BILOU labels (entities that do not fall on token boundaries are counted in `misaligned`). */
export function readConllDev(file: string, text = readFileSync(file, "utf8")): { docs: DevDocument[]; misaligned: number } {
  const docs: DevDocument[] = [];
  let misaligned = 0;
  const lines = text.split("\n");
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!.trim();
    if (!line) continue;
    let d: DevLine;
    try {
      d = JSON.parse(line) as DevLine;
    } catch {
      throw new FormatError(file, li + 1, "not a JSON object");
    }
    const sentences: string[][] = [];
    const offsets: number[][] = [];
    // Token start → (sentence, index), token end → the same, for mapping gold spans onto tokens.
    const startAt = new Map<number, [number, number]>();
    const endAt = new Map<number, [number, number]>();
    let at = 0;
    for (const sLine of d.text.split("\n")) {
      const words = sLine.split(" ");
      const offs: number[] = [];
      for (const w of words) {
        startAt.set(at, [sentences.length, offs.length]);
        endAt.set(at + w.length, [sentences.length, offs.length]);
        offs.push(at);
        at += w.length + 1;
      }
      sentences.push(words);
      offsets.push(offs);
    }
    const tags = sentences.map((s) => s.map(() => "O"));
    for (const e of d.entities) {
      const a = startAt.get(e.start);
      const b = endAt.get(e.end);
      if (!a || !b || a[0] !== b[0] || entityTypeIndex(e.type) < 0) {
        misaligned++;
        continue;
      }
      const row = tags[a[0]]!;
      row[a[1]] = `B-${e.type}`;
      for (let k = a[1] + 1; k <= b[1]; k++) row[k] = `I-${e.type}`;
    }
    docs.push({ id: d.id, text: d.text, entities: d.entities, sentences, offsets, labels: tags.map(iobToBilou), domain: 0 });
  }
  return { docs, misaligned };
}
