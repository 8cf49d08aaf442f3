/**
 * `kg extract`, end to end
 * ========================
 *
 * Runs the real binary on one seed article (the human-readable listing) and
 * on a JSONL file (one JSON line per article). Offsets are JavaScript string
 * indices, end exclusive: the JSONL articles put an emoji flag (four UTF-16
 * code units, two code points, eight UTF-8 bytes) or Cyrillic (one code unit,
 * two UTF-8 bytes a letter) before the names, so offsets counted in UTF-8
 * bytes would miss both names, and offsets counted in code points the one
 * after the flag.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_KINDS, PREDICATE_NAMES } from "../../src/schema/index.js";
import { describeRun, ensureBuilt, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

beforeAll(ensureBuilt);

describe("kg extract FILE", () => {
  const file = "corpus/003_b1435b75c62fd08d.txt";

  it("prints the article's mentions, Vladimir Putin and Hmeimim among them", () => {
    const run = runKg(["extract", file]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout.startsWith("# 003_b1435b75c62fd08d\n")).toBe(true);
    expect(run.stdout).toMatch(/^mentions:$/m);
    expect(run.stdout).toMatch(/^\s*\d+-\d+\s+person\s+Vladimir Putin\b/m);
    expect(run.stdout).toMatch(/^\s*\d+-\d+\s+place\s+Hmeimim\b/m);

    // Each listed span is the text it shows.
    const text = readFileSync(path.join(repoRoot, file), "utf8");
    const section = run.stdout.slice(run.stdout.indexOf("mentions:\n"), run.stdout.indexOf("\nevents:"));
    const listed = [...section.matchAll(/^\s*(\d+)-(\d+)\s+\S+\s+(.+?)  → /gm)];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((m) => text.slice(Number(m[1]), Number(m[2])) !== m[3]).map((m) => m[0])).toEqual([]);
  });
});

describe("kg extract --jsonl FILE", () => {
  const articles = [
    { id: "flag", text: "🇷🇺 President Vladimir Putin visited the Hmeimim airbase in Syria on Monday." },
    {
      id: "cyrillic",
      text: "«Президент» — Russian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi, Russia. Президент Путин then flew to Egypt.",
    },
  ];

  interface Line {
    id: string;
    mentions: Array<{ start: number; end: number; text: string; kind: string; entity: string }>;
    triples: Array<{ subject: string; predicate: string; object: string; quote: string }>;
  }

  let lines: Line[] = [];
  let run: ReturnType<typeof runKg>;

  beforeAll(() => {
    const dir = tempDir("extract");
    dirs.push(dir);
    const file = path.join(dir, "articles.jsonl");
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
    run = runKg(["extract", "--jsonl", file]);
    lines = run.stdout
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Line);
  });

  it("writes exactly one JSON line per article, in order", () => {
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout.endsWith("\n")).toBe(true);
    expect(run.stdout.split("\n")).toHaveLength(articles.length + 1);
    expect(lines.map((l) => l.id)).toEqual(articles.map((a) => a.id));
    for (const line of lines) {
      expect(Array.isArray(line.mentions)).toBe(true);
      expect(Array.isArray(line.triples)).toBe(true);
    }
  });

  it("gives each mention {start, end, text, kind, entity} with text === article.text.slice(start, end)", () => {
    const problems: string[] = [];
    lines.forEach((line, i) => {
      const text = articles[i]!.text;
      expect(line.mentions.length, `no mentions found in ${line.id}`).toBeGreaterThan(0);
      for (const m of line.mentions) {
        expect(Object.keys(m).sort()).toEqual(["end", "entity", "kind", "start", "text"]);
        expect(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
        expect(ENTITY_KINDS).toContain(m.kind);
        expect(typeof m.entity).toBe("string");
        if (text.slice(m.start, m.end) !== m.text) {
          problems.push(`${line.id}: [${m.start}, ${m.end}) is ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(m.text)}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it("counts offsets in UTF-16 code units after emoji and Cyrillic", () => {
    lines.forEach((line, i) => {
      const text = articles[i]!.text;
      const start = text.indexOf("Vladimir Putin");
      // Sanity: the prefix really makes UTF-16 indices and UTF-8 byte offsets disagree.
      expect(Buffer.byteLength(text.slice(0, start), "utf8")).not.toBe(start);
      expect(line.mentions).toContainEqual(
        expect.objectContaining({ start, end: start + "Vladimir Putin".length, text: "Vladimir Putin", kind: "person" }),
      );
    });
    const flag = articles[0]!.text;
    expect([...flag.slice(0, flag.indexOf("Vladimir Putin"))].length).not.toBe(flag.indexOf("Vladimir Putin"));
    expect(lines[0]!.mentions).toContainEqual(expect.objectContaining({ start: flag.indexOf("Hmeimim"), text: "Hmeimim", kind: "place" }));
  });

  it("lists triples with vocabulary predicates quoting the article", () => {
    lines.forEach((line, i) => {
      for (const t of line.triples) {
        expect(PREDICATE_NAMES as string[]).toContain(t.predicate);
        expect(typeof t.subject).toBe("string");
        expect(typeof t.object).toBe("string");
        expect(articles[i]!.text).toContain(t.quote);
      }
    });
    expect(lines.flatMap((l) => l.triples).length).toBeGreaterThan(0);
  });
});
