/**
 * The extractor: one article in, mentions, events and triples out
 * ===============================================================
 *
 * Passes run in this order, each in a file of its own:
 *   normalize (truecase lower-cased text) → sentences → captions → tokens →
 *   mentions (rules, NER, works left out) → coreference → events → relations.
 * Pure: no disk, no globals but the lexicons. Offsets are into the article's
 * own text, which is never altered.
 */
import { isSportsText } from "../lexicon/index.js";
import type { Article, CasingView, DocumentAnalysis, DocumentExtraction, Evidence, Mention, MentionTriple, Sentence, VocabularyView } from "../schema/index.js";
import { resolveAnaphora } from "./anaphora.js";
import { captionLines } from "./captions.js";
import { findClaims } from "./claims.js";
import { resolveDocumentMentions } from "./coreference.js";
import { findEvents } from "./events.js";
import { findSentenceMentions, type MentionSpan, type SentenceTokens } from "./mentions.js";
import { quotedRanges } from "./quotes.js";
import { lineupPersons, reconcileWithNer } from "./ner-mentions.js";
import { findRelations } from "./relations.js";
import { workReason } from "./works.js";
import type { SentenceTree } from "./syntax-relations.js";

export interface ExtractOptions {
  /** Mid-sentence casing learnt from the corpus, used to truecase lower-cased articles. */
  casing: CasingView;
  /** Lower-case words of the corpus (common words are not names). */
  vocabulary?: VocabularyView;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { casing: { words: new Map(), phrases: new Map() } };

export function resolveExtractOptions(options: Partial<ExtractOptions> = {}): ExtractOptions {
  return { ...DEFAULT_EXTRACT_OPTIONS, ...options };
}

/**
 * Extracts an article from the core's analysis of it (src/nlp: sentences,
 * tokens and, with models, tags): `analysis` must be of this article's text.
 */
export function extractDocument(article: Article, analysis: DocumentAnalysis, options: Partial<ExtractOptions> = {}): DocumentExtraction {
  const opts = resolveExtractOptions(options);
  const { text, id: doc } = article;
  const work = analysis.text;
  const captionList = captionLines(text);
  const captions = captionList.map((l) => l.line);
  const credits = captionList.flatMap((l) => l.credits);
  // Sentences and caption lines both come in text order: walk them together.
  let c = 0;
  const sentences: Sentence[] = analysis.sentences.map((s) => {
    while (c < captions.length && captions[c]![1] < s.end) c++;
    const inCaption = c < captions.length && s.start >= captions[c]![0] && s.end <= captions[c]![1];
    return { index: s.index, start: s.start, end: s.end, text: s.text, ...(inCaption ? { caption: true } : {}) };
  });
  const tokenized: SentenceTokens[] = analysis.sentences.map((s, i) => ({
    index: s.index,
    tokens: s.tokens,
    caption: sentences[i]!.caption === true,
    ...(s.heads && s.deprels && s.upos && s.heads.length === s.tokens.length ? { tree: treeOf(s.heads, s.deprels, s.upos) } : {}),
  }));
  const capitalisedWords = capitalisedInText(tokenized, opts.casing);
  const ownLowercase = new Set<string>();
  for (const s of tokenized) for (const t of s.tokens) if (!t.cap && /^\p{Ll}/u.test(t.text)) ownLowercase.add(t.lower);
  const common = (lower: string) => ownLowercase.has(lower) || (opts.vocabulary?.has(lower) ?? false);
  const words: string[] = [];
  for (const s of tokenized) for (const t of s.tokens) if (/^\p{L}/u.test(t.text)) words.push(t.lower);
  const sports = isSportsText(words);
  let spans: MentionSpan[] = [];
  const works = new Set<string>();
  for (const s of tokenized) {
    let found = findSentenceMentions(s, { capitalised: capitalisedWords, common, sports });
    // NER reads capitals; in a truecased article they came from the rules' own casing model, so the rules decide there.
    const ner = analysis.truecased ? undefined : analysis.sentences[s.index]?.ner;
    if (ner && ner.length === s.tokens.length) found = reconcileWithNer(s.index, s.tokens, ner, found, common);
    // A team line-up names players, whatever their names look like.
    if (sports) found = lineupPersons(s.tokens, found);
    // A caption's credit ("Photo / AP", "Image copyright …") names no one.
    if (s.caption) found = found.filter((m) => !credits.some(([a, b]) => m.start < b && a < m.end));
    // A film, a song, a book or an award has a name but is not an entity of the graph.
    found = found.filter((m) => {
      const reason = workReason(s.tokens, m);
      if (reason === undefined) return true;
      // "the film X": the name is the work's wherever it appears; "the X Award", "the role of X" only here.
      if (reason === "noun") works.add(m.name);
      return false;
    });
    // A loop, not push(...): a sentence may hold more mentions than the call stack takes arguments.
    for (const m of found) spans.push(m);
  }
  spans = resolveDocumentMentions(spans);
  // Pronouns and titles join the document's mentions, in text order, after the names they point back to.
  const anaphors = resolveAnaphora(tokenized, spans);
  if (anaphors.length > 0) spans = [...spans, ...anaphors].sort((x, y) => x.start - y.start || x.end - y.end);
  const evidence = (index: number): Evidence => {
    const s = sentences[index]!;
    return { doc, sentence: index, start: s.start, end: s.end, quote: s.text };
  };
  const spanTriples = [];
  const claims = [];
  // Mentions by sentence (relations may add implicit mentions to `spans`, never to other sentences).
  const bySentence = new Map<number, number[]>();
  spans.forEach((m, i) => {
    const list = bySentence.get(m.sentence);
    if (list) list.push(i);
    else bySentence.set(m.sentence, [i]);
  });
  for (const s of tokenized) {
    const ids = bySentence.get(s.index) ?? [];
    for (const t of findRelations({ sentence: s, mentions: spans, ids })) spanTriples.push(t);
    // A caption reports no one's claim.
    if (!s.caption) for (const c of findClaims({ doc, sentence: s, mentions: spans, ids, evidence: evidence(s.index) })) claims.push(c);
  }
  const events = findEvents({
    doc,
    text: work,
    ...(article.published ? { published: article.published } : {}),
    sentences: tokenized,
    mentions: spans,
    quoted: quotedRanges(text),
    evidence,
  });
  const mentions: Mention[] = spans.map((m) => toMention(doc, text, m));
  const triples: MentionTriple[] = spanTriples.map((t) => ({
    subject: { mention: t.subject },
    predicate: t.predicate,
    ...(t.verb ? { verb: t.verb } : {}),
    object: { mention: t.object },
    confidence: t.confidence,
    evidence: t.past ? { ...evidence(t.sentence), past: true as const } : evidence(t.sentence),
  }));
  // The visit event says who visited where.
  events.forEach((e, n) => {
    if (e.type === "visit" && e.agent !== undefined && e.place !== undefined && spans[e.agent]!.kind !== "place") {
      triples.push({ subject: { mention: e.agent }, predicate: "visited", object: { mention: e.place }, confidence: 0.75, evidence: e.evidence });
    }
    void n;
  });
  return { doc, sentences, mentions, events, triples: dedupeTriples(triples), claims, diagnostics: [], ...(works.size > 0 ? { works: [...works].sort() } : {}) };
}

/** The parse as the relation pass reads it: 0-based heads (-1 the root). */
function treeOf(heads: readonly number[], deprels: readonly string[], upos: readonly string[]): SentenceTree {
  return { heads: heads.map((h) => h - 1), deprels, upos };
}

function toMention(doc: string, text: string, m: MentionSpan): Mention {
  return {
    doc,
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    name: m.name,
    kind: m.kind,
    confidence: m.confidence,
    ...(m.surface ? { surface: m.surface } : {}),
    ...(m.role ? { role: m.role } : {}),
    ...(m.country ? { country: m.country } : {}),
    ...(m.canonical ? { canonical: m.canonical } : {}),
    ...(m.ref ? { ref: m.ref } : {}),
    ...(m.implicit ? { implicit: true } : {}),
    ...(m.anaphor ? { anaphor: true } : {}),
  };
}

function dedupeTriples(triples: MentionTriple[]): MentionTriple[] {
  const seen = new Set<string>();
  return triples.filter((t) => {
    const key = `${JSON.stringify(t.subject)}|${t.predicate}|${t.verb ?? ""}|${JSON.stringify(t.object)}|${t.evidence.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words written with a capital mid-sentence in this article or, per the casing model, in the corpus. */
function capitalisedInText(sentences: SentenceTokens[], casing: CasingView): (lower: string) => boolean {
  const words = new Set<string>();
  for (const s of sentences) {
    const first = s.tokens.findIndex((t) => /\p{L}/u.test(t.text));
    const shouted = (k: number) => {
      const t = s.tokens[k];
      return t !== undefined && /\p{Lu}.*\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase();
    };
    s.tokens.forEach((t, k) => {
      // An ALL-CAPS headline capitalises every word: only a capital among lower-case words counts.
      if (k !== first && t.cap && !(shouted(k) && (shouted(k - 1) || shouted(k + 1)))) words.add(t.lower);
    });
  }
  return (lower) => words.has(lower) || /^\p{Lu}/u.test(casing.words.get(lower) ?? "") || casing.phrases.has(lower);
}
