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
import { parseConllu } from "../../src/nlp/conllu.js";
import { NAME_HONORIFICS, TITLES } from "../../src/lexicon/index.js";

export interface NerDocument {
  id: string;
  sentences: string[][];
  /** BILOU label ids, parallel to `sentences`. */
  labels: number[][];
  /** CoNLL's own POS column, when the file has one (not used for training: see train-ner.ts). */
  pos?: string[][];
  /** XPOS tags from our own tagger (what the NER sees at run time), when POS features are on. */
  xpos?: string[][];
  /** 0 news (CoNLL), 1 web (Universal NER on EWT), 2 GUM (news, interviews, biographies…). */
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

/**
 * GUM's entity layer (the CC BY parts: news, interviews, biographies,
 * speeches, travel guides) as NER training data. GUM marks every entity
 * mention, named or not, with a type, in MISC (`Entity=(12-person-…` opens,
 * `12)` closes). A mention is a name when its head (its one word whose head
 * lies outside it) is a proper noun; the outermost such mention is kept,
 * trimmed as CoNLL-2003 would: no leading determiner or lower-case word, no
 * title or form of address before a person ("President", "Mr"), no
 * possessive "'s" after. person → PER, place → LOC, organization → ORG;
 * other types (event, object, abstract…) that are names → MISC; time and
 * quantity are not entities in CoNLL.
 */
export function readGumEntities(file: string, text = readFileSync(file, "utf8"), domain = 2): NerDocument[] {
  const sentences = parseConllu(text, file);
  const docs: NerDocument[] = [];
  let doc: NerDocument | undefined;
  const titles = new Set([...TITLES, ...NAME_HONORIFICS].map((t) => t.toLowerCase().replace(/\./g, "")));
  for (const s of sentences) {
    const newdoc = s.comments.map((c) => /^# newdoc id = (.*)$/.exec(c)).find(Boolean);
    if (newdoc || !doc) {
      doc = { id: newdoc?.[1] ?? `${file}#${docs.length}`, sentences: [], labels: [], domain };
      docs.push(doc);
    }
    const words = s.words.map((w) => w.form);
    const n = words.length;
    // Mentions: [start, end) with a type.
    const open: { id: string; type: string; start: number }[] = [];
    const mentions: { start: number; end: number; type: string }[] = [];
    s.words.forEach((w, k) => {
      const m = /(?:^|\|)Entity=([^|]*)/.exec(w.misc);
      if (!m) return;
      const v = m[1]!;
      let i = 0;
      while (i < v.length) {
        if (v[i] === "(") {
          let j = i + 1;
          while (j < v.length && v[j] !== "(" && v[j] !== ")") j++;
          const [id, type] = v.slice(i + 1, j).split("-");
          if (v[j] === ")") {
            mentions.push({ start: k, end: k + 1, type: type ?? "" });
            j++;
          } else open.push({ id: id ?? "", type: type ?? "", start: k });
          i = j;
        } else {
          let j = i;
          while (j < v.length && v[j] !== ")") j++;
          const id = v.slice(i, j);
          for (let o = open.length - 1; o >= 0; o--) {
            if (open[o]!.id !== id) continue;
            mentions.push({ start: open[o]!.start, end: k + 1, type: open[o]!.type });
            open.splice(o, 1);
            break;
          }
          i = j + 1;
        }
      }
    });
    const named: { start: number; end: number; type: string }[] = [];
    for (const m of mentions) {
      const type = GUM_TYPES[m.type];
      if (!type) continue;
      let head = -1;
      for (let k = m.start; k < m.end; k++) {
        const h = s.words[k]!.head - 1;
        if (h < m.start || h >= m.end) {
          head = k;
          break;
        }
      }
      if (head < 0 || s.words[head]!.upos !== "PROPN") continue;
      // The name: the run of capitalised words (joined by "of", "the", "de", "-", "&"…) around the head, within the mention.
      const capital = (k: number) => /^[\p{Lu}\p{N}]/u.test(words[k]!);
      const joins = (k: number) => JOINERS.has(words[k]!.toLowerCase()) && (type === "ORG" || type === "MISC" || (words[k] !== "and" && words[k] !== "&"));
      if (!capital(head)) continue;
      let a = head;
      while (a - 1 >= m.start && (capital(a - 1) || (joins(a - 1) && a - 2 >= m.start && capital(a - 2)))) a--;
      let b = head + 1;
      while (b < m.end && (capital(b) || (joins(b) && b + 1 < m.end && capital(b + 1)))) b++;
      while (a < head && type === "PER" && titles.has(words[a]!.toLowerCase().replace(/\./g, ""))) a++;
      // "Fellow of the Royal Society", "Professor of Music": a title, not a person's name.
      if (type === "PER" && titles.has(words[head]!.toLowerCase())) continue;
      if (type === "PER" && b - a > 1 && words.slice(a, b).some((w) => w === "of")) continue;
      named.push({ start: a, end: b, type });
    }
    // Outermost names only; among overlapping ones the longer wins.
    named.sort((x, y) => x.start - y.start || y.end - x.end);
    const tags = new Array<string>(n).fill("O");
    let covered = 0;
    for (const m of named) {
      if (m.start < covered) continue;
      tags[m.start] = `B-${m.type}`;
      for (let k = m.start + 1; k < m.end; k++) tags[k] = `I-${m.type}`;
      covered = m.end;
    }
    doc.sentences.push(words);
    doc.labels.push(iobToBilou(tags));
  }
  return docs;
}

const JOINERS = new Set(["of", "the", "de", "du", "da", "von", "van", "der", "la", "le", "al", "bin", "-", "&", "and", "for", "on", "upon"]);

const GUM_TYPES: Record<string, string | undefined> = {
  person: "PER",
  place: "LOC",
  organization: "ORG",
  event: "MISC",
  object: "MISC",
  abstract: "MISC",
  substance: "MISC",
  animal: "MISC",
  plant: "MISC",
};
