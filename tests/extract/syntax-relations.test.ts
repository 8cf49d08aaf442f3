import { describe, expect, it } from "vitest";
import type { MentionSpan } from "../../src/extract/mentions.js";
import { syntaxRelations, type SentenceTree } from "../../src/extract/syntax-relations.js";
import { verbLemma } from "../../src/lexicon/index.js";
import type { EntityKind, Token } from "../../src/schema/index.js";

/**
 * Relations read off a parse given by hand (CoNLL-U style: word/UPOS/head/deprel,
 * heads 1-based), so that each row tests the reading of one structure and not
 * what a trained parser happens to output. Names are [first, last] word numbers
 * (1-based, inclusive) with a kind.
 */
type Row = [what: string, parse: string, names: [number, number, EntityKind][], expected: string[]];

function run(parse: string, names: [number, number, EntityKind][]): string[] {
  const rows = parse.trim().split(/\s+/).map((w) => w.split("/"));
  const tokens: Token[] = rows.map(([text]) => ({ text: text!, lower: text!.toLowerCase(), start: 0, end: 0, cap: /^\p{Lu}/u.test(text!), possessive: false }));
  const tree: SentenceTree = {
    heads: rows.map((r) => Number(r[2]) - 1),
    deprels: rows.map((r) => r[3]!),
    upos: rows.map((r) => r[1]!),
  };
  const mentions: MentionSpan[] = names.map(([a, b, kind]) => {
    const name = tokens.slice(a - 1, b).map((t) => t.text).join(" ");
    return { sentence: 0, t0: a - 1, t1: b, start: 0, end: 0, name, kind, confidence: 1, cue: "test" };
  });
  const out: string[] = [];
  syntaxRelations(tokens, tree, mentions, mentions.map((_, i) => i), (s, p, o, _c, detail) =>
    out.push(`${mentions[s]!.name} ${p}${detail?.verb ? `:${detail.verb}` : ""}${detail?.past ? " (past)" : ""} ${mentions[o]!.name}`),
  );
  return out;
}

const ROWS: Row[] = [
  ["subject, verb, object", "Ana/PROPN/3/nsubj Ortiz/PROPN/1/flat criticised/VERB/0/root Ben/PROPN/3/obj Tal/PROPN/4/flat ./PUNCT/3/punct", [[1, 2, "person"], [4, 5, "person"]], ["Ana Ortiz criticized Ben Tal"]],
  ["a passive with its agent", "Tal/PROPN/3/nsubj:pass was/AUX/3/aux:pass praised/VERB/0/root by/ADP/5/case Ortiz/PROPN/3/obl:agent ./PUNCT/3/punct", [[1, 1, "person"], [5, 5, "person"]], ["Ortiz praised Tal"]],
  ["denied", "Ortiz/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod criticise/VERB/0/root Tal/PROPN/4/obj ./PUNCT/4/punct", [[1, 1, "person"], [5, 5, "person"]], []],
  ["asked", "Would/AUX/3/aux Ortiz/PROPN/3/nsubj back/VERB/0/root Tal/PROPN/3/obj ?/PUNCT/3/punct", [[2, 2, "person"], [4, 4, "person"]], []],
  [
    "a quoted question inside a statement leaves the statement a fact",
    "Ortiz/PROPN/2/nsubj told/VERB/0/root Vell/PROPN/2/obj :/PUNCT/6/punct \"/PUNCT/6/punct why/ADV/2/ccomp ?/PUNCT/6/punct \"/PUNCT/6/punct",
    [[1, 1, "person"], [3, 3, "organization"]],
    ["Ortiz spoke_to Vell"],
  ],
  ["hypothetical", "Ortiz/PROPN/3/nsubj would/AUX/3/aux back/VERB/0/root Tal/PROPN/3/obj ./PUNCT/3/punct", [[1, 1, "person"], [4, 4, "person"]], []],
  [
    "the main clause of a conditional",
    "If/SCONJ/3/mark Tal/PROPN/3/nsubj wins/VERB/6/advcl ,/PUNCT/6/punct Ortiz/PROPN/6/nsubj backs/VERB/0/root Vell/PROPN/6/obj ./PUNCT/6/punct",
    [[2, 2, "person"], [5, 5, "person"], [7, 7, "organization"]],
    [],
  ],
  [
    "coordinated subjects share the verb",
    "Ortiz/PROPN/4/nsubj and/CCONJ/3/cc Tal/PROPN/1/conj met/VERB/0/root Vell/PROPN/4/obj ./PUNCT/4/punct",
    [[1, 1, "person"], [3, 3, "person"], [5, 5, "person"]],
    ["Ortiz met_with Vell", "Tal met_with Vell"],
  ],
  [
    "coordinated verbs share the subject",
    "Ortiz/PROPN/2/nsubj criticised/VERB/0/root and/CCONJ/4/cc sued/VERB/2/conj Vell/PROPN/4/obj ./PUNCT/2/punct",
    [[1, 1, "person"], [5, 5, "organization"]],
    ["Ortiz sued Vell"],
  ],
  [
    "a relative clause's subject is the noun it modifies",
    "Ortiz/PROPN/7/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj leads/VERB/1/acl:relcl Vell/PROPN/4/obj ,/PUNCT/4/punct spoke/VERB/0/root ./PUNCT/7/punct",
    [[1, 1, "person"], [5, 5, "organization"]],
    ["Ortiz leader_of Vell"],
  ],
  [
    "a light verb and its event noun",
    "Ortiz/PROPN/2/nsubj held/VERB/0/root talks/NOUN/2/obj with/ADP/5/case Tal/PROPN/3/nmod ./PUNCT/2/punct",
    [[1, 1, "person"], [5, 5, "person"]],
    ["Ortiz negotiated_with Tal"],
  ],
  ["a wish is not a fact", "Ortiz/PROPN/2/nsubj wants/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp Tal/PROPN/4/obj ./PUNCT/2/punct", [[1, 1, "person"], [5, 5, "person"]], []],
  ["a factive verb passes its subject on", "Ortiz/PROPN/2/nsubj began/VERB/0/root to/PART/4/mark attack/VERB/2/xcomp Tal/PROPN/4/obj ./PUNCT/2/punct", [[1, 1, "person"], [5, 5, "person"]], ["Ortiz attacked Tal"]],
  ["an oblique with its preposition", "Ortiz/PROPN/2/nsubj resigned/VERB/0/root from/ADP/4/case Vell/PROPN/2/obl ./PUNCT/2/punct", [[1, 1, "person"], [4, 4, "organization"]], ["Ortiz resigned_from Vell"]],
  ["kinds the predicate does not take", "Ortiz/PROPN/2/nsubj visited/VERB/0/root Tal/PROPN/2/obj ./PUNCT/2/punct", [[1, 1, "person"], [3, 3, "person"]], []],
  [
    "a name in apposition to a title takes the title's place",
    "Vell/PROPN/2/compound leader/NOUN/4/nsubj Ortiz/PROPN/2/appos criticised/VERB/0/root Tal/PROPN/4/obj ./PUNCT/4/punct",
    [[1, 1, "organization"], [3, 3, "person"], [5, 5, "person"]],
    ["Ortiz criticized Tal", "Ortiz leader_of Vell"],
  ],
  [
    "an honorific outside the name heads it",
    "Mr/PROPN/3/nsubj Ortiz/PROPN/1/flat told/VERB/0/root the/DET/5/det Vell/PROPN/3/iobj ./PUNCT/3/punct",
    [[2, 2, "person"], [5, 5, "organization"]],
    ["Ortiz spoke_to Vell"],
  ],
  [
    "a title in apposition, with what it is of",
    "Ortiz/PROPN/7/nsubj ,/PUNCT/4/punct the/DET/4/det leader/NOUN/1/appos of/ADP/6/case Vell/PROPN/4/nmod spoke/VERB/0/root ./PUNCT/7/punct",
    [[1, 1, "person"], [6, 6, "organization"]],
    ["Ortiz leader_of Vell"],
  ],
  ["a copula", "Ortiz/PROPN/3/nsubj is/AUX/3/cop chairman/NOUN/0/root of/ADP/5/case Vell/PROPN/3/nmod ./PUNCT/3/punct", [[1, 1, "person"], [5, 5, "organization"]], ["Ortiz leader_of Vell"]],
  [
    "a possessor",
    "Vell/PROPN/3/nmod:poss 's/PART/1/case spokesman/NOUN/5/nsubj ,/PUNCT/5/punct Ortiz/PROPN/3/appos said/VERB/0/root ./PUNCT/6/punct",
    [[1, 1, "organization"], [5, 5, "person"]],
    ["Ortiz spokesperson_for Vell"],
  ],
  [
    "a lawyer for someone represents them",
    "Peirce/PROPN/6/nsubj ,/PUNCT/3/punct lawyer/NOUN/1/appos for/ADP/5/case Begg/PROPN/3/nmod said/VERB/0/root ./PUNCT/6/punct",
    [[1, 1, "person"], [5, 5, "person"]],
    ["Peirce represents Begg"],
  ],
  [
    "a generic noun before the name: the group Y",
    "Hugill/PROPN/10/nsubj ,/PUNCT/4/punct a/DET/4/det spokesman/NOUN/1/appos for/ADP/8/case the/DET/8/det campaign/NOUN/8/compound group/NOUN/4/nmod Vell/PROPN/8/appos said/VERB/0/root",
    [[1, 1, "person"], [9, 9, "organization"]],
    ["Hugill spokesperson_for Vell"],
  ],
  [
    "from an organization",
    "Ortiz/PROPN/7/nsubj ,/PUNCT/5/punct from/ADP/5/case the/DET/5/det Forum/PROPN/1/nmod ,/PUNCT/1/punct said/VERB/0/root",
    [[1, 1, "person"], [5, 5, "organization"]],
    ["Ortiz member_of Forum"],
  ],
  ["a former title makes a past relation", "Ortiz/PROPN/0/root ,/PUNCT/4/punct former/ADJ/4/amod leader/NOUN/1/appos of/ADP/6/case Vell/PROPN/4/nmod", [[1, 1, "person"], [6, 6, "organization"]], ["Ortiz leader_of (past) Vell"]],
  ["a place, then its region after a comma", "in/ADP/2/case Dovra/PROPN/0/root ,/PUNCT/4/punct Kentar/PROPN/2/appos ./PUNCT/2/punct", [[2, 2, "place"], [4, 4, "place"]], ["Dovra located_in Kentar"]],
  ["a direction word before the region", "from/ADP/2/case Hallow/PROPN/0/root ,/PUNCT/5/punct west/ADJ/5/amod Londra/PROPN/2/conj", [[2, 2, "place"], [5, 5, "place"]], ["Hallow located_in Londra"]],
  ["a place in a place", "Ashe/PROPN/0/root in/ADP/3/case Leister/PROPN/1/nmod", [[1, 1, "place"], [3, 3, "place"]], ["Ashe located_in Leister"]],
  [
    "a list of places contains nothing, whatever kinds the names were given",
    "visited/VERB/0/root Leda/PROPN/1/obj ,/PUNCT/4/punct Derva/PROPN/2/conj ,/PUNCT/6/punct Hulle/PROPN/2/conj",
    [[2, 2, "place"], [4, 4, "place"], [6, 6, "organization"]],
    [],
  ],
  [
    "a list of places contains nothing",
    "visited/VERB/0/root Leda/PROPN/1/obj ,/PUNCT/4/punct Derva/PROPN/2/conj and/CCONJ/6/cc Hulle/PROPN/2/conj",
    [[2, 2, "place"], [4, 4, "place"], [6, 6, "place"]],
    [],
  ],
  [
    "a possessor before a title and the name: the title says the relation",
    "Tarnia/PROPN/5/nmod:poss 's/PART/1/case Prime/PROPN/4/amod Minister/PROPN/5/compound Ortiz/PROPN/6/nsubj spoke/VERB/0/root",
    [[1, 1, "place"], [5, 5, "person"]],
    ["Ortiz leader_of Tarnia"],
  ],
  [
    "a verb the vocabulary does not map relates the two, with its lemma",
    "Ortiz/PROPN/2/nsubj overtook/VERB/0/root Vell/PROPN/2/obj in/ADP/5/case polls/NOUN/2/obl ./PUNCT/2/punct",
    [[1, 1, "person"], [3, 3, "person"]],
    ["Ortiz related_to:overtake Vell"],
  ],
  ["a past participle on a name takes it as its object", "Ortiz/PROPN/0/root ,/PUNCT/3/punct born/VERB/1/acl in/ADP/5/case Tarn/PROPN/3/obl", [[1, 1, "person"], [5, 5, "place"]], ["Ortiz born_in Tarn"]],
  ["a noun the tagger read as a verb relates nothing", "Orba/PROPN/2/nsubj nominees/VERB/0/root Vell/PROPN/2/obj", [[1, 1, "organization"], [3, 3, "person"]], []],
  ["a reporting verb relates nothing", "Vell/PROPN/2/nsubj commented/VERB/0/root Ortiz/PROPN/2/obj", [[1, 1, "organization"], [3, 3, "person"]], []],
  ["an unmapped verb's arguments must stand in the clause's order", "Vell/PROPN/3/obj Ortiz/PROPN/3/nsubj overtook/VERB/0/root", [[1, 1, "person"], [2, 2, "person"]], []],
  [
    "an oblique party of an unmapped verb, with its preposition",
    "Ortiz/PROPN/2/nsubj clashed/VERB/0/root with/ADP/4/case Vell/PROPN/2/obl ./PUNCT/2/punct",
    [[1, 1, "person"], [4, 4, "organization"]],
    ["Ortiz related_to:clash with Vell"],
  ],
  [
    "a name right before a reporting verb is its speaker, not an object, whatever the parse says",
    "Vellmark/PROPN/2/nsubj withdrew/VERB/0/root troops/NOUN/2/obj ,/PUNCT/5/punct Tal/PROPN/2/obj said/VERB/2/parataxis ./PUNCT/2/punct",
    [[1, 1, "place"], [5, 5, "person"]],
    [],
  ],
  ["a reporting verb relates nothing", "Ortiz/PROPN/2/nsubj said/VERB/0/root Vell/PROPN/2/obj ./PUNCT/2/punct", [[1, 1, "person"], [3, 3, "person"]], []],
  [
    "an object's party belongs to the verb: signed a deal with Y",
    "Ortiz/PROPN/2/nsubj signed/VERB/0/root a/DET/4/det deal/NOUN/2/obj with/ADP/6/case Vell/PROPN/4/nmod ./PUNCT/2/punct",
    [[1, 1, "person"], [6, 6, "organization"]],
    ["Ortiz agreed_with Vell"],
  ],
  [
    "an 'of' phrase hung on the name's last word still gives the person's body",
    "analyst/NOUN/6/nsubj Ana/PROPN/1/appos Ortiz/PROPN/2/flat of/ADP/5/case Velcor/PROPN/3/nmod said/VERB/0/root ./PUNCT/6/punct",
    [[2, 3, "person"], [5, 5, "organization"]],
    ["Ana Ortiz member_of Velcor"],
  ],
  [
    "an affiliation noun that is no title in apposition: an expert at Y",
    "Ortiz/PROPN/2/nsubj spoke/VERB/0/root ,/PUNCT/2/punct a/DET/6/det security/NOUN/6/compound expert/NOUN/1/appos at/ADP/8/case Velcor/PROPN/6/nmod ./PUNCT/2/punct",
    [[1, 1, "person"], [8, 8, "organization"]],
    ["Ortiz member_of Velcor"],
  ],
  [
    "an affiliation noun with the body compounded and the name flat on it: Velcor students Ana Ortiz",
    "Velcor/PROPN/2/compound students/NOUN/5/nsubj Ana/PROPN/4/flat Ortiz/PROPN/2/compound won/VERB/0/root ./PUNCT/5/punct",
    [[1, 1, "organization"], [3, 4, "person"]],
    ["Ana Ortiz member_of Velcor"],
  ],
  [
    "a plural verb in a relative clause after a coordination relates every conjunct",
    "Vell/PROPN/10/nsubj and/CCONJ/3/cc Tarmo/PROPN/1/conj ,/PUNCT/6/punct which/PRON/6/nsubj back/VERB/1/acl:relcl Ortiz/PROPN/6/obj ,/PUNCT/6/punct then/ADV/10/advmod left/VERB/0/root ./PUNCT/10/punct",
    [[1, 1, "place"], [3, 3, "place"], [7, 7, "person"]],
    ["Vell supports Ortiz", "Tarmo supports Ortiz"],
  ],
  [
    "a singular one only the noun it hangs on",
    "Vell/PROPN/10/nsubj and/CCONJ/3/cc Tarmo/PROPN/1/conj ,/PUNCT/6/punct which/PRON/6/nsubj backs/VERB/3/acl:relcl Ortiz/PROPN/6/obj ,/PUNCT/6/punct then/ADV/10/advmod left/VERB/0/root ./PUNCT/10/punct",
    [[1, 1, "place"], [3, 3, "place"], [7, 7, "person"]],
    ["Tarmo supports Ortiz"],
  ],
  [
    "an outlet's website stands for the outlet: told the Velcor News website",
    "Ortiz/PROPN/2/nsubj told/VERB/0/root the/DET/6/det Velcor/PROPN/5/compound News/PROPN/6/compound website/NOUN/2/obj ./PUNCT/2/punct",
    [[1, 1, "person"], [4, 5, "organization"]],
    ["Ortiz spoke_to Velcor News"],
  ],
  [
    "a title's field may carry the body: professor of economics at Y",
    "Ortiz/PROPN/2/nsubj spoke/VERB/0/root ,/PUNCT/4/punct professor/NOUN/1/appos of/ADP/6/case economics/NOUN/4/nmod at/ADP/8/case Velcor/PROPN/6/nmod ./PUNCT/2/punct",
    [[1, 1, "person"], [8, 8, "organization"]],
    ["Ortiz member_of Velcor"],
  ],
  [
    "an affiliation noun about a place makes no member: a student in Vell",
    "Ortiz/PROPN/2/nsubj spoke/VERB/0/root ,/PUNCT/2/punct a/DET/5/det student/NOUN/1/appos in/ADP/7/case Vell/PROPN/5/nmod ./PUNCT/2/punct",
    [[1, 1, "person"], [7, 7, "place"]],
    [],
  ],
  [
    "a name set in apposition to the body rather than to the title: a spokeswoman for Y, X, said",
    "A/DET/2/det spokeswoman/NOUN/8/nsubj for/ADP/4/case Velcor/PROPN/2/nmod ,/PUNCT/6/punct Ana/PROPN/4/appos Ortiz/PROPN/6/flat said/VERB/0/root ./PUNCT/8/punct",
    [[4, 4, "organization"], [6, 7, "person"]],
    ["Ana Ortiz spokesperson_for Velcor"],
  ],
  [
    "a place as the possessor of a firm's describing noun: Vell's top carmaker Velcor",
    "Vell/PROPN/4/nmod:poss 's/PART/1/case top/ADJ/4/amod carmaker/NOUN/6/nsubj Velcor/PROPN/4/appos rose/VERB/0/root ./PUNCT/6/punct",
    [[1, 1, "place"], [5, 5, "organization"]],
    ["Velcor located_in Vell"],
  ],
  [
    "a shareholder in a firm owns part of it",
    "Velcor/PROPN/7/nsubj ,/PUNCT/3/punct shareholder/NOUN/1/appos in/ADP/5/case Tarmo/PROPN/3/nmod ,/PUNCT/1/punct declined/VERB/0/root ./PUNCT/7/punct",
    [[1, 1, "organization"], [5, 5, "organization"]],
    ["Velcor owns Tarmo"],
  ],
  [
    "a former unit of a firm was affiliated with it",
    "Velnet/PROPN/7/nsubj:pass ,/PUNCT/4/punct former/ADJ/4/amod unit/NOUN/1/appos of/ADP/6/case Velcor/PROPN/4/nmod was/AUX/7/aux:pass sold/VERB/0/root ./PUNCT/7/punct",
    [[1, 1, "organization"], [6, 6, "organization"]],
    ["Velnet affiliated_with (past) Velcor"],
  ],
];

describe("syntaxRelations", () => {
  for (const [what, parse, names, expected] of ROWS) {
    it(what, () => {
      expect(run(parse, names).sort()).toEqual([...expected].sort());
    });
  }
});

describe("verbLemma", () => {
  const cases: [string, string][] = [
    ["criticised", "criticise"], ["criticizes", "criticize"], ["backed", "back"], ["stopped", "stop"], ["visited", "visit"],
    ["elected", "elect"], ["praising", "praise"], ["carries", "carry"], ["met", "meet"], ["held", "hold"], ["sued", "sue"],
    ["resigned", "resign"], ["accuses", "accuse"], ["born", "bear"], ["led", "lead"], ["funded", "fund"], ["taxes", "tax"],
    // Verbs the lexicon does not know keep the silent e English spells them with.
    ["introduced", "introduce"], ["charged", "charge"], ["required", "require"], ["raised", "raise"], ["revised", "revise"],
    ["visited", "visit"], ["banged", "bang"], ["treated", "treat"], ["opened", "open"], ["taking", "take"], ["voted", "vote"],
    ["filed", "file"], ["aimed", "aim"], ["walked", "walk"],
  ];
  for (const [form, lemma] of cases) it(`${form} → ${lemma}`, () => expect(verbLemma(form)).toBe(lemma));
});
