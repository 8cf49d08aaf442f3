/**
 * A messy test corpus, generated
 * ==============================
 *
 *   npx tsx scripts/make-bad-corpus.ts DIR [--large-mb 30] [--tiny N] [--no-large]
 *
 * Writes into DIR the files of issue 7's acceptance test: an empty file,
 * 200 KB of random bytes, a Windows-1252 file, a file with `<script>` and
 * characters XML forbids around a real sentence, an Arabic/Chinese file with
 * CRLF line ends, an HTML page, and (unless --no-large) one large article of
 * generated news sentences. With --tiny N it also writes `tiny.jsonl`, N
 * one-sentence articles. Every byte is generated from a seeded random
 * number generator: the same arguments always give the same files, and no
 * text is copied from elsewhere.
 *
 * `makeBadCorpus()` is what the robustness tests call; `EXPECTED` lists
 * what a build of the corpus must find.
 */
import { mkdirSync, openSync, writeFileSync, writeSync, closeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../src/graph/seeded-random.js";

export interface BadCorpusOptions {
  /** Size of `large.txt` in MiB; 0 leaves it out. */
  largeMiB?: number;
  /** Number of one-sentence articles in `tiny.jsonl`; 0 leaves it out. */
  tiny?: number;
  /** Seed of the random generator. */
  seed?: number;
}

/** The files `makeBadCorpus` writes, by role. */
export const FILES = {
  empty: "empty.txt",
  random: "random-bytes.txt",
  latin1: "latin1.txt",
  hostile: "hostile.txt",
  scripts: "arabic-chinese-crlf.txt",
  html: "page.html",
  large: "large.txt",
  tiny: "tiny.jsonl",
} as const;

/** Names a build of the corpus must find, by file (labels as the extractor gives them). */
export const EXPECTED = {
  latin1: { people: ["François Hollande"], places: ["Besançon"] },
  hostile: { people: ["Sergei Shoigu"], places: ["Latakia"] },
  scripts: { people: ["Vladimir Putin"], places: ["Moscow", "Damascus"] },
  html: { people: ["Angela Merkel"], places: ["Berlin"] },
  large: { people: ["Emmanuel Macron", "Recep Tayyip Erdogan"], places: ["Aleppo", "Ankara"] },
} as const;

/** The texts of the small files, for tests that check offsets. */
export const TEXTS = {
  latin1: "French President François Hollande visited Besançon on Tuesday, the Élysée said.\n",
  hostile:
    "<script>alert(1)</script>\u0001Defence Minister Sergei Shoigu visited Latakia on Monday.\u000B\uFFFE " +
    '<img src=x onerror="alert(2)"><style>p { color: red }</style>\n',
  scripts: "President Vladimir Putin met 習近平 in Moscow.\r\nبشار الأسد visited Damascus on Monday.\r\n",
  html: `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Merkel in Berlin &mdash; Example News</title>
<meta property="og:title" content="Merkel meets Macron in Berlin">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2017-12-11T09:30:00+01:00">
<script>window.tracker = "<p>not text</p>";</script>
<style>.x { display: none }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Merkel meets Macron in Berlin</h1>
<p>German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.</p>
<figure><img src="a.jpg" alt="ignored"><figcaption>Angela Merkel in Berlin. Photo: Example Agency</figcaption></figure>
<p>The two leaders discussed the war in Syria&nbsp;and the euro.<br>They will meet again in Paris.</p>
<noscript><p>Enable JavaScript</p></noscript>
<svg><text>svg text</text></svg>
</article>
</body></html>
`,
} as const;

export { seededRandom };

const PEOPLE = [
  "President Emmanuel Macron", "Turkish President Recep Tayyip Erdogan", "Chancellor Angela Merkel",
  "Foreign Minister Sergei Lavrov", "Prime Minister Theresa May", "Secretary of State Rex Tillerson",
  "UN envoy Staffan de Mistura", "Defence Minister Sergei Shoigu", "President Hassan Rouhani",
];
const PLACES = ["Aleppo", "Ankara", "Damascus", "Geneva", "Tehran", "Paris", "Istanbul", "Beirut", "Amman", "Cairo"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TEMPLATES = [
  (p: string, q: string, d: string) => `${p} visited ${q} on ${d}.`,
  (p: string, q: string, d: string) => `${p} met officials in ${q} on ${d}, according to a statement.`,
  (p: string, q: string, d: string) => `On ${d}, ${p} said talks in ${q} had made progress.`,
  (p: string, q: string) => `Speaking in ${q}, ${p} called for a ceasefire.`,
  (p: string, q: string, d: string) => `"We will not give up," ${p} told reporters in ${q} on ${d}.`,
  (_p: string, q: string) => `Fighting continued near ${q}, where aid groups said 12 civilians were killed.`,
];

/** One paragraph of generated news text (a few sentences, ending in a newline). */
export function newsParagraph(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const n = 2 + Math.floor(random() * 4);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(pick(TEMPLATES)(pick(PEOPLE), pick(PLACES), pick(DAYS)));
  return `${sentences.join(" ")}\n`;
}

function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new Error(`not a Latin-1 character: ${text[i]}`);
    bytes[i] = c;
  }
  return bytes;
}

/** Writes the corpus into `dir` (created if needed) and returns the paths written. */
export function makeBadCorpus(dir: string, options: BadCorpusOptions = {}): string[] {
  const { largeMiB = 30, tiny = 0, seed = 7 } = options;
  const random = seededRandom(seed);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    written.push(file);
  };

  put(FILES.empty, "");
  const bytes = new Uint8Array(200 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  put(FILES.random, bytes);
  put(FILES.latin1, encodeWindows1252(TEXTS.latin1));
  put(FILES.hostile, TEXTS.hostile);
  put(FILES.scripts, TEXTS.scripts);
  put(FILES.html, TEXTS.html);

  if (largeMiB > 0) {
    // Streamed to disk a paragraph at a time: the generator itself stays small.
    const file = path.join(dir, FILES.large);
    const fd = openSync(file, "w");
    try {
      const target = largeMiB * 1024 * 1024;
      let size = 0;
      let chunk = "";
      while (size < target) {
        const paragraph = newsParagraph(random);
        chunk += paragraph;
        size += Buffer.byteLength(paragraph);
        if (chunk.length > 1 << 16) {
          writeSync(fd, chunk);
          chunk = "";
        }
      }
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    written.push(file);
  }

  if (tiny > 0) written.push(writeTinyJsonl(path.join(dir, FILES.tiny), tiny, random));
  return written;
}

/** `count` one-sentence articles as JSON lines. */
export function writeTinyJsonl(file: string, count: number, random = seededRandom(11)): string {
  const fd = openSync(file, "w");
  try {
    let chunk = "";
    for (let i = 0; i < count; i++) {
      const text = newsParagraph(random).split(/(?<=\.) /)[0]!.trim();
      const day = String(1 + (i % 28)).padStart(2, "0");
      chunk += `${JSON.stringify({ id: `tiny-${i}`, text, published: `2017-12-${day}` })}\n`;
      if (chunk.length > 1 << 16) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith("--") && !/^--(?:large-mb|tiny|seed)$/.test(args[i - 1] ?? ""));
  if (!dir) {
    console.error("usage: npx tsx scripts/make-bad-corpus.ts DIR [--large-mb 30] [--tiny N] [--no-large] [--seed N]");
    process.exit(2);
  }
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : Number(args[i + 1]);
  };
  const files = makeBadCorpus(dir, {
    largeMiB: args.includes("--no-large") ? 0 : (value("--large-mb") ?? 30),
    tiny: value("--tiny") ?? 0,
    seed: value("--seed") ?? 7,
  });
  for (const file of files) console.log(file);
}
