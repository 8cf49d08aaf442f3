/**
 * `kg nlp`: the statistical core on its own
 * =========================================
 *
 * `kg nlp FILE` reads CoNLL-U, keeps its tokenization (comments, multiword
 * tokens and empty nodes are passed through) and writes CoNLL-U with the
 * predicted UPOS, XPOS, HEAD and DEPREL, and the NER label as `NE=` in MISC.
 * `kg nlp --text FILE` does the same for raw text, split into sentences and
 * tokens by our own splitter and tokenizer. `# newdoc` comments (or, for
 * text, the whole file) bound the documents that NER reads together.
 */
import { readFileSync } from "node:fs";
import { splitSentences } from "../nlp/sentences.js";
import { tokenize } from "../nlp/tokens.js";
import { analyzeDocument, type NlpModels, type SentenceAnalysis } from "../nlp/analyze.js";
import { formatConllu, parseConllu, type ConlluSentence } from "../nlp/conllu.js";
import { loadModels } from "../nlp/index.js";
import { CorpusError } from "../schema/index.js";

export interface NlpCommandOptions {
  text?: boolean;
}

export function nlpCommand(file: string, options: NlpCommandOptions, write: (s: string) => void): number {
  let input: string;
  try {
    input = readFileSync(file, "utf8");
  } catch (err) {
    throw new CorpusError(file, `cannot read: ${(err as Error).message}`);
  }
  const sentences = options.text ? sentencesOfText(input) : parseConllu(input, file);
  const models = loadModels();
  for (const doc of documents(sentences)) {
    annotate(doc, models);
    write(formatConllu(doc));
  }
  return 0;
}

/** Raw text as CoNLL-U sentences with `# sent_id` and `# text`, and `_` everywhere else. */
export function sentencesOfText(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  for (const s of splitSentences(text)) {
    const tokens = tokenize(text, s.start, s.end);
    if (tokens.length === 0) continue;
    out.push({
      line: 0,
      comments: [`# sent_id = ${out.length + 1}`, `# text = ${s.text.replace(/\s+/g, " ")}`],
      words: tokens.map((t, i) => ({
        id: i + 1,
        form: text.slice(t.start, t.end),
        lemma: "_",
        upos: "_",
        xpos: "_",
        feats: "_",
        head: -1,
        deprel: "_",
        deps: "_",
        // Where the token is in the text, so a reader can find it again.
        misc: `TokenRange=${t.start}:${t.end}`,
      })),
      extra: [],
    });
  }
  return out;
}

/** Sentences grouped into documents at `# newdoc` comments. */
function documents(sentences: ConlluSentence[]): ConlluSentence[][] {
  const docs: ConlluSentence[][] = [];
  for (const s of sentences) {
    if (docs.length === 0 || s.comments.some((c) => /^#\s*newdoc\b/.test(c))) docs.push([]);
    docs[docs.length - 1]!.push(s);
  }
  return docs;
}

function annotate(doc: ConlluSentence[], models: NlpModels): void {
  const analyses = analyzeDocument(
    doc.map((s) => s.words.map((w) => w.form)),
    models,
  );
  doc.forEach((s, i) => writeAnalysis(s, analyses[i]!));
}

function writeAnalysis(s: ConlluSentence, a: SentenceAnalysis): void {
  s.words.forEach((w, k) => {
    w.upos = a.upos![k]!;
    w.xpos = a.xpos![k]!;
    if (a.heads && a.deprels) {
      w.head = a.heads[k]!;
      w.deprel = a.deprels[k]!;
    }
    if (a.ner) {
      const rest = w.misc === "_" ? [] : w.misc.split("|").filter((x) => !x.startsWith("NE="));
      w.misc = [...rest, `NE=${a.ner[k]!}`].join("|");
    }
  });
}
