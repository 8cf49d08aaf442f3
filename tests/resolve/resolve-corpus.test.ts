import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract-article.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import type { Article } from "../../src/schema/index.js";

function resolve(texts: Array<[string, string]>) {
  const articles: Article[] = texts.map(([text, published], i) => ({ id: `d${i}`, text, published }));
  const casing = buildCasingModel(articles.map((a) => a.text));
  const vocabulary = buildVocabulary(articles.map((a) => a.text));
  return resolveCorpus(articles.map((a) => extractArticle(a, { casing, vocabulary })));
}

describe("resolveCorpus", () => {
  it("merges transliterations of one place and keeps every spelling", () => {
    const r = resolve([
      ["Putin spoke at the Hmeimim airbase near Latakia. The port of Tartus is Russian.", "2017-12-11"],
      ["The leader visited the Hmeymim airbase. A naval facility at the port of Tartous remains.", "2017-12-11"],
    ]);
    const hmeimim = r.entities.filter((e) => e.kind === "place" && e.aliases.some((a) => /^hme[iy]mim$/i.test(a)));
    expect(hmeimim).toHaveLength(1);
    expect(hmeimim[0]!.aliases).toEqual(expect.arrayContaining(["Hmeimim", "Hmeymim"]));
    expect(hmeimim[0]!.sources).toEqual(["d0", "d1"]);
    const tartus = r.entities.filter((e) => e.aliases.some((a) => /^tartou?s$/i.test(a)));
    expect(tartus).toHaveLength(1);
  });

  it("joins a lone surname to the one full name that ends with it", () => {
    const r = resolve([
      ["President Vladimir Putin visited Syria.", "2017-12-11"],
      ["In Moscow, Putin said the war was over.", "2017-12-11"],
    ]);
    const putins = r.entities.filter((e) => e.kind === "person");
    expect(putins.map((p) => p.label)).toEqual(["Vladimir Putin"]);
    expect(putins[0]!.sources).toEqual(["d0", "d1"]);
  });

  it("gives a lone surname to the full name the corpus names five times as often as any other, and keeps comparable namesakes apart", () => {
    const gordon = Array.from({ length: 10 }, (_, i) => [`Chancellor Gordon Vellmar spoke on day ${i + 1}.`, "2005-01-10"] as [string, string]);
    const dominant = resolve([...gordon, ["Chancellor Sarah Vellmar also spoke.", "2005-01-10"], ["Dr Vellmar said taxes would rise.", "2005-01-10"]]);
    const people = dominant.entities.filter((e) => e.kind === "person");
    expect(people.map((p) => p.label).sort()).toEqual(["Gordon Vellmar", "Sarah Vellmar"]);
    expect(people.find((p) => p.label === "Gordon Vellmar")!.sources).toContain("d11");
    // The namesake keeps only its own names.
    expect(people.find((p) => p.label === "Sarah Vellmar")!.aliases).not.toContain("Vellmar");
    // The merge is on record, and the surname's own key points at the full name.
    expect(people.find((p) => p.label === "Gordon Vellmar")!.mergedFrom).toEqual([{ form: "Vellmar", docs: ["d11"], rule: "surname-dominant" }]);
    expect(dominant.redirects).toEqual({ "person:vellmar": "person:gordon-vellmar" });

    const even = resolve([
      ["Chancellor Gordon Vellmar spoke.", "2005-01-10"],
      ["Chancellor Gordon Vellmar spoke again.", "2005-01-10"],
      ["Chancellor Sarah Vellmar also spoke.", "2005-01-10"],
      ["Dr Vellmar said taxes would rise.", "2005-01-10"],
    ]);
    expect(even.entities.filter((e) => e.kind === "person").map((p) => p.label).sort()).toEqual(["Gordon Vellmar", "Sarah Vellmar", "Vellmar"]);
  });

  it("keeps an undated event to its article, and one article's mentions of it together", () => {
    const r = resolve([
      ["Maria Vellmar won the election in Tarnow. The election was close, and Maria Vellmar won the election again in Tarnow.", ""],
      ["Maria Vellmar won the election in Tarnow.", ""],
    ]);
    const elections = r.entities.filter((e) => e.kind === "event" && e.eventType === "election");
    expect(elections.map((e) => e.sources)).toEqual([["d0"], ["d1"]]);
    expect(elections.every((e) => e.date === undefined && !e.label.includes("("))).toBe(true);
    expect(elections.map((e) => e.label)).toEqual(["Election: Maria Vellmar, Tarnow", "Election: Maria Vellmar, Tarnow"]);
    expect(new Set(elections.map((e) => e.id)).size).toBe(2);
  });

  it("never merges across kinds", () => {
    const r = resolve([["Michael Jordan met officials in Jordan on Monday. Jordan said he was pleased.", "2017-12-11"]]);
    expect(r.entities.filter((e) => e.kind !== "event" && e.label.includes("Jordan")).map((e) => e.kind).sort()).toEqual(["person", "place"]);
  });

  it("keeps two withdrawals of different years apart and merges one event told by two outlets", () => {
    const r = resolve([
      ["President Vladimir Putin on Monday ordered Russian forces in Syria to start withdrawing.", "2017-12-11"],
      ["Russian President Vladimir Putin ordered a partial withdrawal of troops from Syria on Monday.", "2017-12-11"],
      ["Russia is to pull its forces out of Syria, President Vladimir Putin said today.", "2016-03-14"],
    ]);
    const withdrawals = r.entities.filter((e) => e.kind === "event" && e.eventType === "withdrawal");
    expect(withdrawals.map((e) => e.date).sort()).toEqual(["2016-03-14", "2017-12-11"]);
    const w2017 = withdrawals.find((e) => e.date === "2017-12-11")!;
    expect(w2017.sources).toEqual(["d0", "d1"]);
    const ordered = r.triples.filter((t) => t.predicate === "ordered" && t.object === w2017.id);
    expect(ordered.map((t) => t.subject)).toEqual(["person:vladimir-putin"]);
    expect(ordered[0]!.evidence.map((e) => e.doc)).toEqual(["d0", "d1"]);
  });

  it("makes one triple of one fact read twice, with both sentences as evidence", () => {
    const r = resolve([
      ["Syrian President Bashar al-Assad spoke.", "2017-12-11"],
      ["Later, Syrian President Bashar al-Assad left.", "2017-12-11"],
    ]);
    const t = r.triples.filter((x) => x.predicate === "leader_of");
    expect(t).toHaveLength(1);
    expect(t[0]!.evidence).toHaveLength(2);
    expect(t[0]!.id).toBe("person:bashar-al-assad|leader_of|place:syria");
  });

  it("is deterministic", () => {
    const input: Array<[string, string]> = [
      ["Putin visited the Hmeimim airbase in Syria on Monday.", "2017-12-11"],
      ["Russia keeps its Hmeymim air base, Putin said.", "2017-12-11"],
    ];
    expect(JSON.stringify(resolve(input))).toBe(JSON.stringify(resolve(input)));
  });
});

describe("claims across articles", () => {
  it("links figures about the same measure that disagree, and only those", () => {
    const r = resolve([
      ["Gen. Sergei Surovikin said the military will pull out 23 warplanes from Syria.", "2017-12-11"],
      ["The military had begun withdrawing 25 aircraft from Syria, Putin was told.", "2017-12-11"],
      ["Air strikes killed 300 civilians, activists said.", "2017-12-11"],
    ]);
    const aircraft = r.claims.filter((c) => c.subject === "aircraft withdrawn");
    expect(aircraft.map((c) => c.value).sort()).toEqual([23, 25]);
    expect(aircraft[0]!.conflicts).toEqual([aircraft[1]!.id]);
    expect(aircraft[1]!.conflicts).toEqual([aircraft[0]!.id]);
    expect(r.claims.find((c) => c.value === 300)!.conflicts).toEqual([]);
    expect(aircraft.find((c) => c.value === 23)!.source).toBe("person:sergei-surovikin");
    expect(aircraft.find((c) => c.value === 23)!.about).toContain("place:syria");
  });
});
