import { readCorpus } from "../src/corpus/read-corpus.js";
import { extractArticle } from "../src/extract-article.js";
import { buildCasingModel, buildVocabulary } from "../src/nlp/normalize.js";

const { articles } = await readCorpus(process.argv[2] ?? "corpus");
const casing = buildCasingModel(articles.map((a) => a.text));
const vocabulary = buildVocabulary(articles.map((a) => a.text));
for (const a of articles.slice(0, Number(process.argv[3] ?? 99))) {
  const x = extractArticle(a, { casing, vocabulary });
  console.log(`=== ${a.id}`);
  console.log(x.mentions.map((m) => `${m.kind.slice(0,3)}:${m.name}${m.ref && m.ref !== m.name ? `→${m.ref}` : ""}${m.canonical && m.canonical !== m.name ? `→${m.canonical}` : ""}${m.role ? `[${m.role}]` : ""}${m.implicit ? "*" : ""}`).join(" | "));
  const label = (r: any) => ("mention" in r ? x.mentions[r.mention]!.name : `EV${r.event}`);
  for (const t of x.triples) console.log(`  ${label(t.subject)} -${t.predicate}-> ${label(t.object)}  (s${t.evidence.sentence})`);
  for (const e of x.events) console.log(`  EVENT ${e.type} ${e.date ?? "?"} (${e.dateSource}) agent=${e.agent !== undefined ? x.mentions[e.agent]!.name : "-"} ${e.agentRole ?? ""} place=${e.place !== undefined ? x.mentions[e.place]!.name : "-"} parts=${e.participants.map((p) => x.mentions[p]!.name).join(",")} «${e.trigger}» s${e.sentence}`);
}
