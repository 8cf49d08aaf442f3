import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConllu } from "../../src/nlp/conllu.js";
import { describeRun, ensureBuilt, runKg, tempDir } from "../helpers/kg-cli.js";

const CONLLU = [
  "# newdoc id = invented-1",
  "# sent_id = 1",
  "# text = Maria Lopez visited Lisbon on Monday.",
  "1\tMaria\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tLopez\t_\t_\t_\t_\t_\t_\t_\t_",
  "3\tvisited\t_\t_\t_\t_\t_\t_\t_\t_",
  "4\tLisbon\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
  "4-5\tLisbon's\t_\t_\t_\t_\t_\t_\t_\t_",
  "5\ton\t_\t_\t_\t_\t_\t_\t_\t_",
  "6\tMonday\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
  "7\t.\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
].join("\n");

describe("kg nlp", () => {
  beforeAll(() => ensureBuilt(), 120_000);
  const dir = tempDir("kg-nlp-");

  it("keeps the tokens, comments and multiword lines of CoNLL-U and fills in tags and NER", () => {
    const file = path.join(dir, "in.conllu");
    writeFileSync(file, CONLLU);
    const run = runKg(["nlp", file]);
    expect(run.status, describeRun(run)).toBe(0);
    const [s] = parseConllu(run.stdout, "stdout");
    expect(s!.comments).toEqual(["# newdoc id = invented-1", "# sent_id = 1", "# text = Maria Lopez visited Lisbon on Monday."]);
    expect(s!.extra.map((e) => e.line.split("\t")[0])).toEqual(["4-5"]);
    expect(s!.words.map((w) => w.form)).toEqual(["Maria", "Lopez", "visited", "Lisbon", "on", "Monday", "."]);
    expect(s!.words.map((w) => w.upos)).toEqual(["PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]);
    expect(s!.words[2]!.xpos).toBe("VBD");
    expect(s!.words.map((w) => /NE=([^|]+)/.exec(w.misc)?.[1])).toEqual(["B-PER", "L-PER", "O", "U-LOC", "O", "O", "O"]);
    // MISC values that were there stay.
    expect(s!.words[3]!.misc).toContain("SpaceAfter=No");
  });

  it("tokenizes raw text with --text and says where each token is", () => {
    const file = path.join(dir, "in.txt");
    const text = "The minister met Ahmed Khan in Karachi.\nShe left on Tuesday.\n";
    writeFileSync(file, text);
    const run = runKg(["nlp", "--text", file]);
    expect(run.status, describeRun(run)).toBe(0);
    const sentences = parseConllu(run.stdout, "stdout");
    expect(sentences).toHaveLength(2);
    for (const s of sentences) {
      for (const w of s.words) {
        const [from, to] = /TokenRange=(\d+):(\d+)/.exec(w.misc)!.slice(1).map(Number);
        expect(text.slice(from, to)).toBe(w.form);
      }
    }
    expect(sentences[0]!.words.find((w) => w.form === "Karachi")!.misc).toContain("NE=U-LOC");
  });

  it("rejects input that is not CoNLL-U with FILE:LINE and exit 1", () => {
    const file = path.join(dir, "bad.conllu");
    writeFileSync(file, "# sent_id = 1\n1\tHello\t_\t_\n");
    const run = runKg(["nlp", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: expected 10 tab-separated columns`));
    expect(run.stdout).toBe("");
  });

  it("rejects a HEAD past the end of the sentence", () => {
    const file = path.join(dir, "bad-head.conllu");
    writeFileSync(file, "1\tHi\t_\t_\t_\t_\t5\tdep\t_\t_\n\n");
    const run = runKg(["nlp", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("bad-head.conllu:1: word 1 has HEAD 5");
  });
});
