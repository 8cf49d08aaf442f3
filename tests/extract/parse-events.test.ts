import { describe, expect, it } from "vitest";
import type { MentionSpan } from "../../src/extract/mentions.js";
import { parseEvents } from "../../src/extract/parse-events.js";
import type { SentenceTree } from "../../src/extract/syntax-relations.js";
import type { EntityKind, Token } from "../../src/schema/index.js";

/**
 * Events read off a parse given by hand (word/UPOS/head/deprel, heads
 * 1-based), so that each row tests the reading of one structure, not what the
 * trained parser happens to output. Names are [first, last] word numbers
 * (1-based, inclusive) with a kind. Expected: "class agent=… with=… at=…".
 */
type Row = [what: string, parse: string, names: [number, number, EntityKind][], expected: string[], antecedent?: string];

function run(parse: string, names: [number, number, EntityKind][], antecedent?: string): string[] {
  const rows = parse.trim().split(/\s+/).map((w) => w.split("/"));
  const tokens: Token[] = rows.map(([text]) => ({ text: text!, lower: text!.toLowerCase(), start: 0, end: 0, cap: /^\p{Lu}/u.test(text!), possessive: false }));
  const tree: SentenceTree = { heads: rows.map((r) => Number(r[2]) - 1), deprels: rows.map((r) => r[3]!), upos: rows.map((r) => r[1]!) };
  const mentions: MentionSpan[] = names.map(([a, b, kind]) => ({
    sentence: 1, t0: a - 1, t1: b, start: 0, end: 0, name: tokens.slice(a - 1, b).map((t) => t.text).join(" "), kind, confidence: 1, cue: "test",
  }));
  const ids = mentions.map((_, i) => i);
  // A person named in an earlier sentence, for "his"/"her".
  let earlier: number | undefined;
  if (antecedent) {
    mentions.push({ sentence: 0, t0: 0, t1: 1, start: 0, end: 0, name: antecedent, kind: "person", confidence: 1, cue: "test" });
    earlier = mentions.length - 1;
  }
  const { events } = parseEvents(tokens, tree, mentions, ids, 1, () => earlier);
  return events.map((e) => {
    const name = (i: number) => mentions[i]!.name;
    return [e.cls.name, e.agent !== undefined ? `agent=${name(e.agent)}${e.ordered ? "(ordered)" : ""}` : "", e.participants.length ? `with=${e.participants.map(name).join("+")}` : "", e.place !== undefined ? `at=${name(e.place)}` : ""].filter(Boolean).join(" ");
  });
}

const ROWS: Row[] = [
  ["an intransitive event verb with a named subject", "Ortiz/PROPN/2/nsubj resigned/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl ./PUNCT/2/punct", [[1, 1, "person"]], ["resignation agent=Ortiz"]],
  ["a particle verb", "Ortiz/PROPN/2/nsubj stepped/VERB/0/root down/ADP/2/compound:prt ./PUNCT/2/punct", [[1, 1, "person"]], ["resignation agent=Ortiz"]],
  ["another particle makes another verb", "Ortiz/PROPN/2/nsubj ruled/VERB/0/root out/ADP/2/compound:prt talks/NOUN/2/obj ./PUNCT/2/punct", [[1, 1, "person"]], []],
  ["a relational verb and its object", "Vell/PROPN/2/nsubj sacked/VERB/0/root Ortiz/PROPN/2/obj ./PUNCT/2/punct", [[1, 1, "organization"], [3, 3, "person"]], ["dismissal agent=Vell with=Ortiz"]],
  ["a passive with its agent", "Ortiz/PROPN/3/nsubj:pass was/AUX/3/aux:pass sacked/VERB/0/root by/ADP/5/case Vell/PROPN/3/obl ./PUNCT/3/punct", [[1, 1, "person"], [5, 5, "organization"]], ["dismissal agent=Vell with=Ortiz"]],
  ["a relational verb with nothing named as its object is none", "Ortiz/PROPN/2/nsubj met/VERB/0/root targets/NOUN/2/obj ./PUNCT/2/punct", [[1, 1, "person"]], []],
  ["an intransitive verb with an object is another sense", "Ortiz/PROPN/2/nsubj quit/VERB/0/root smoking/NOUN/2/obj ./PUNCT/2/punct", [[1, 1, "person"]], []],
  ["denied", "Ortiz/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod resign/VERB/0/root ./PUNCT/4/punct", [[1, 1, "person"]], []],
  ["asked", "Will/AUX/3/aux Ortiz/PROPN/3/nsubj resign/VERB/0/root ?/PUNCT/3/punct", [[2, 2, "person"]], []],
  ["hypothetical", "Ortiz/PROPN/3/nsubj could/AUX/3/aux resign/VERB/0/root ./PUNCT/3/punct", [[1, 1, "person"]], []],
  [
    "a wish is no event",
    "Ortiz/PROPN/2/nsubj refused/VERB/0/root to/PART/4/mark call/VERB/2/xcomp an/DET/7/det early/ADJ/7/amod vote/NOUN/4/obj ./PUNCT/2/punct",
    [[1, 1, "person"]],
    [],
  ],
  [
    "a light verb's subject brings the event noun about, with its place",
    "Vell/PROPN/2/nsubj won/VERB/0/root the/DET/4/det election/NOUN/2/obj in/ADP/6/case Tarn/PROPN/2/obl ./PUNCT/2/punct",
    [[1, 1, "organization"], [6, 6, "place"]],
    ["election agent=Vell at=Tarn"],
  ],
  [
    "talks with a party, in a place",
    "Ortiz/PROPN/2/nsubj held/VERB/0/root talks/NOUN/2/obj with/ADP/5/case Tal/PROPN/3/nmod in/ADP/7/case Tarn/PROPN/2/obl ./PUNCT/2/punct",
    [[1, 1, "person"], [5, 5, "person"], [7, 7, "place"]],
    ["talks agent=Ortiz with=Tal at=Tarn"],
  ],
  ["a possessor is the agent", "Ortiz/PROPN/3/nmod:poss 's/PART/1/case resignation/NOUN/4/nsubj shocked/VERB/0/root Vell/PROPN/4/obj", [[1, 1, "person"], [5, 5, "organization"]], ["resignation agent=Ortiz"]],
  ["the resignation of X", "the/DET/2/det resignation/NOUN/0/root of/ADP/4/case Ortiz/PROPN/2/nmod", [[4, 4, "person"]], ["resignation with=Ortiz"]],
  ["his: the person named before", "His/PRON/2/nmod:poss resignation/NOUN/3/nsubj followed/VERB/0/root ./PUNCT/3/punct", [], ["resignation agent=Ortiz"], "Ortiz"],
  [
    "a fronted his is the clause's subject",
    "During/ADP/3/case his/PRON/3/nmod:poss visit/NOUN/6/obl ,/PUNCT/3/punct Tal/PROPN/6/nsubj met/VERB/0/root Vell/PROPN/6/obj",
    [[5, 5, "person"], [7, 7, "person"]],
    ["visit agent=Tal", "talks agent=Tal with=Vell"],
    "Ortiz",
  ],
  ["a demonym names the place", "the/DET/3/det French/ADJ/3/amod elections/NOUN/0/root", [], ["election at=France"]],
  ["nothing named: no event", "an/DET/2/det assault/NOUN/0/root on/ADP/5/case the/DET/5/det market/NOUN/2/nmod", [], []],
  ["an attack between people is criticism, not an event", "Ortiz/PROPN/3/nmod:poss 's/PART/1/case attack/NOUN/0/root on/ADP/5/case Tal/PROPN/3/nmod", [[1, 1, "person"], [5, 5, "person"]], []],
  ["an attack in a place is one", "a/DET/3/det bomb/NOUN/3/compound attack/NOUN/0/root in/ADP/5/case Tarn/PROPN/3/nmod", [[5, 5, "place"]], ["attack at=Tarn"]],
  ["a death needs a person", "the/DET/2/det death/NOUN/0/root of/ADP/4/case Vell/PROPN/2/nmod", [[4, 4, "organization"]], []],
  [
    "an ordered withdrawal: who ordered it, and who withdraws",
    "Ortiz/PROPN/2/nsubj ordered/VERB/0/root Vell/PROPN/2/obj to/PART/5/mark start/VERB/2/xcomp withdrawing/VERB/5/xcomp ./PUNCT/2/punct",
    [[1, 1, "person"], [3, 3, "force"]],
    ["withdrawal agent=Ortiz(ordered) with=Vell"],
  ],
  [
    "an ordered event noun; the visit it happened during was not ordered",
    "Ortiz/PROPN/2/nsubj ordered/VERB/0/root the/DET/4/det withdrawal/NOUN/2/obj during/ADP/7/case a/DET/7/det visit/NOUN/2/obl to/ADP/9/case Tarn/PROPN/7/nmod",
    [[1, 1, "person"], [9, 9, "place"]],
    ["withdrawal agent=Ortiz(ordered)", "visit agent=Ortiz at=Tarn"],
  ],
  [
    "a relative clause with a subject of its own does not take the noun it modifies",
    "Ortiz/PROPN/0/root ,/PUNCT/6/punct whose/PRON/4/nmod:poss grandmother/NOUN/5/nsubj died/VERB/1/acl:relcl in/ADP/7/case Tarn/PROPN/5/obl",
    [[1, 1, "person"], [7, 7, "place"]],
    [],
  ],
  [
    "a country's act has it as agent, and the place it befell",
    "Ruvia/PROPN/3/nmod:poss 's/PART/1/case annexation/NOUN/0/root of/ADP/5/case Krym/PROPN/3/nmod",
    [[1, 1, "place"], [5, 5, "place"]],
    ["annexation agent=Ruvia at=Krym"],
  ],
  ["an election happens in a country rather than by it", "Ruvia/PROPN/3/nmod:poss 's/PART/1/case election/NOUN/0/root", [[1, 1, "place"]], ["election at=Ruvia"]],
  [
    "the announcement of another event is that event",
    "Ortiz/PROPN/2/nsubj made/VERB/0/root a/DET/5/det withdrawal/NOUN/5/compound announcement/NOUN/2/obj",
    [[1, 1, "person"]],
    ["withdrawal agent=Ortiz"],
  ],
  ["a speech act needs something said", "Ortiz/PROPN/2/nsubj pledged/VERB/0/root to/PART/4/mark cut/VERB/2/xcomp taxes/NOUN/4/obj", [[1, 1, "person"]], ["statement agent=Ortiz"]],
  ["a creative verb whose object is an event noun leaves the event to the noun", "Ortiz/PROPN/2/nsubj launched/VERB/0/root an/DET/4/det inquiry/NOUN/2/obj", [[1, 1, "person"]], ["inquiry agent=Ortiz"]],
  ["in an interview with Y, X said", "In/ADP/3/case an/DET/3/det interview/NOUN/8/obl with/ADP/5/case Vell/PROPN/3/nmod ,/PUNCT/3/punct Ortiz/PROPN/8/nsubj said/VERB/0/root", [[5, 5, "organization"], [7, 7, "person"]], ["interview agent=Ortiz with=Vell"]],
  [
    "a coordinated verb takes its first conjunct's passive subject",
    "Ortiz/PROPN/3/nsubj:pass was/AUX/3/aux:pass diagnosed/VERB/0/root and/CCONJ/5/cc died/VERB/3/conj ./PUNCT/3/punct",
    [[1, 1, "person"]],
    ["death agent=Ortiz"],
  ],
  [
    "a sale with the buyer named under the unnamed object",
    "Vell/PROPN/2/nsubj sold/VERB/0/root its/PRON/4/nmod:poss arm/NOUN/2/obj to/ADP/6/case Tarmo/PROPN/4/nmod ./PUNCT/2/punct",
    [[1, 1, "organization"], [6, 6, "organization"]],
    ["takeover agent=Vell with=Tarmo"],
  ],
  [
    "a stake bought in a firm",
    "Vell/PROPN/2/nsubj bought/VERB/0/root a/DET/4/det stake/NOUN/2/obj in/ADP/6/case Tarmo/PROPN/2/obl ./PUNCT/2/punct",
    [[1, 1, "organization"], [6, 6, "organization"]],
    ["takeover agent=Vell with=Tarmo"],
  ],
  [
    "units sold in a country are no sale of a named party",
    "Vell/PROPN/2/nsubj sold/VERB/0/root units/NOUN/2/obj in/ADP/5/case Norway/PROPN/2/obl ./PUNCT/2/punct",
    [[1, 1, "organization"], [5, 5, "place"]],
    [],
  ],
  [
    "an ordering verb hung on the name before it (parataxis) has that name as its subject",
    "Putin/PROPN/0/root ordered/VERB/1/parataxis Vell/PROPN/2/obj to/PART/5/mark withdraw/VERB/2/xcomp ./PUNCT/1/punct",
    [[1, 1, "person"], [3, 3, "force"]],
    ["withdrawal agent=Putin(ordered) with=Vell"],
  ],
];

describe("which event words the parse turns down for the word-window reading too", () => {
  const examined = (parse: string, names: [number, number, EntityKind][]) => {
    const rows = parse.trim().split(/\s+/).map((w) => w.split("/"));
    const tokens: Token[] = rows.map(([text]) => ({ text: text!, lower: text!.toLowerCase(), start: 0, end: 0, cap: /^\p{Lu}/u.test(text!), possessive: false }));
    const tree: SentenceTree = { heads: rows.map((r) => Number(r[2]) - 1), deprels: rows.map((r) => r[3]!), upos: rows.map((r) => r[1]!) };
    const mentions: MentionSpan[] = names.map(([a, b, kind]) => ({ sentence: 0, t0: a - 1, t1: b, start: 0, end: 0, name: "x", kind, confidence: 1, cue: "test" }));
    return [...parseEvents(tokens, tree, mentions, mentions.map((_, i) => i), 0).examined];
  };
  it("a word denied or wished for is turned down", () => {
    expect(examined("Ortiz/PROPN/2/nsubj refused/VERB/0/root to/PART/4/mark call/VERB/2/xcomp a/DET/6/det vote/NOUN/4/obj", [[1, 1, "person"]])).toEqual([5]);
  });
  it("a word with nothing named on it (maybe a misattached parse) is left to the word-window reading", () => {
    expect(examined("Ortiz/PROPN/2/nsubj documented/VERB/0/root the/DET/4/det uprising/NOUN/2/obj", [[1, 1, "person"]])).toEqual([]);
  });
});

describe("parseEvents", () => {
  for (const [what, parse, names, expected, antecedent] of ROWS) {
    it(what, () => expect(run(parse, names, antecedent)).toEqual(expected));
  }
});
