/**
 * Issue 7's messy corpus, built end to end
 * ========================================
 *
 * `scripts/make-bad-corpus.ts` writes an empty file, 200 KB of random bytes,
 * a Windows-1252 file, a file with `<script>` and characters XML forbids, an
 * Arabic/Chinese file with CRLF line ends, an HTML page and a generated news
 * article. `kg build` over it must exit 0, name each bad file and say why,
 * write GEXF that both GEXF 1.3 schemas accept, keep every quote equal to
 * the article text at its offsets, let no markup through, and find the
 * people and places of the good files. (The same corpus with a 30 MB article
 * is large-inputs.test.ts.)
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { SerializedGraph } from "graphology-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED, FILES, TEXTS, makeBadCorpus } from "../../scripts/make-bad-corpus.js";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { entityId, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from "../../src/schema/index.js";
import { hasSchemas, schemaErrors } from "../helpers/gexf-validate.js";
import { describeRun, ensureBuilt, runKg, tempDir } from "../helpers/kg-cli.js";
import { SHARED_MISSING, skipNote } from "../helpers/skip-note.js";

type KgJson = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

let root = "";
let corpus = "";
let out = "";
let run: ReturnType<typeof runKg>;
let graph: KgJson;
let gexf = "";

beforeAll(() => {
  ensureBuilt();
  root = tempDir("bad-corpus");
  corpus = path.join(root, "corpus");
  out = path.join(root, "out");
  makeBadCorpus(corpus, { largeMiB: 0.25 });
  run = runKg(["build", "--corpus", corpus, "--out", out]);
  if (run.status === 0) {
    graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as KgJson;
    gexf = readFileSync(path.join(out, "graph.gexf"), "utf8");
  }
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("kg build over a messy corpus", () => {
  it("exits 0 with warnings, and no stack trace", () => {
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toMatch(/^articles: 5 \(no curation\)$/m);
  });

  it("names each bad file and says why", () => {
    const warning = (file: string, why: string) => `warning: ${path.join(corpus, file)}: ${why}`;
    expect(run.stdout).toContain(warning(FILES.empty, "skipped: empty file"));
    expect(run.stdout).toContain(warning(FILES.random, "skipped: binary file ("));
    expect(run.stdout).toContain(warning(FILES.latin1, "not valid UTF-8 (byte "));
    expect(run.stdout).toContain(warning(FILES.hostile, 'contains HTML markup ("<script>" at character 0); converted to text'));
    // Good files are not problems.
    for (const file of [FILES.scripts, FILES.html, FILES.large]) expect(run.stdout).not.toContain(path.join(corpus, file));
    expect(run.stdout).toMatch(/^warnings: 4$/m);
  });

  it("exits 1 with --strict", () => {
    const strict = runKg(["build", "--corpus", corpus, "--out", path.join(root, "strict"), "--strict", "--quiet"]);
    expect(strict.status, describeRun(strict)).toBe(1);
    expect(strict.stderr).not.toMatch(/^\s+at /m);
  });

  it("finds the people and places of every good file", () => {
    const keys = new Set(graph.nodes.map((n) => n.key));
    const missing: string[] = [];
    for (const [file, { people, places }] of Object.entries(EXPECTED)) {
      for (const p of people) if (!keys.has(entityId("person", p))) missing.push(`${file}: person ${p}`);
      for (const p of places) if (!keys.has(entityId("place", p))) missing.push(`${file}: place ${p}`);
    }
    expect(missing).toEqual([]);
  });

  it("reads the HTML page's metadata", () => {
    expect(graph.attributes.articles.find((a) => a.id === "page")).toEqual({
      id: "page",
      title: "Merkel meets Macron in Berlin",
      outlet: "Example News",
      published: "2017-12-11",
    });
  });

  it.skipIf(!hasSchemas)(`writes GEXF that both GEXF 1.3 schemas accept${skipNote(hasSchemas, SHARED_MISSING)}`, async () => {
    expect(await schemaErrors(gexf)).toEqual([]);
  });

  it("lets no markup, script or XML-forbidden character through to the outputs", () => {
    const json = readFileSync(path.join(out, "graph.json"), "utf8");
    for (const text of [json, gexf]) {
      expect(text).not.toMatch(/alert\(|onerror|color: red|<script|&lt;script/i);
      expect(text).not.toMatch(/[\u0001\u000B\uFFFE]/);
    }
    for (const n of graph.nodes) {
      for (const s of [n.attributes!.label, ...n.attributes!.aliases]) expect(s, n.key).not.toMatch(/[<>]/);
    }
  });

  it("keeps every quote equal to its article's text at its offsets, non-Latin text and CRLF files included", async () => {
    const { articles } = await readCorpus(corpus);
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    expect(texts.get("arabic-chinese-crlf")).toBe(TEXTS.scripts.replace(/\r\n/g, "\n"));
    const problems: string[] = [];
    let checked = 0;
    for (const edge of graph.edges) {
      for (const ev of edge.attributes!.evidence) {
        const text = texts.get(ev.doc);
        if (text === undefined) continue;
        checked++;
        if (text.slice(ev.start, ev.end) !== ev.quote) problems.push(`${edge.key}: ${JSON.stringify(ev)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
    const putin = graph.nodes.find((n) => n.key === entityId("person", "Vladimir Putin"));
    expect(putin?.attributes?.sources).toContain("arabic-chinese-crlf");
  });
});
