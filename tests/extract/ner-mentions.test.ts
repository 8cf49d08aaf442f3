import { describe, expect, it } from "vitest";
import { findSentenceMentions } from "../../src/extract/mentions.js";
import { bilouSpans, reconcileWithNer } from "../../src/extract/ner-mentions.js";
import { tokenize } from "../../src/nlp/tokens.js";

/**
 * The reconciliation of the rules' mentions with NER labels given by hand (so
 * that these cases do not depend on what a trained model happens to say):
 * each row is a sentence, a label for each token, and the mentions expected.
 */
function reconcile(text: string, labels: string): string[] {
  const tokens = tokenize(text);
  const ner = labels.split(" ");
  expect(ner).toHaveLength(tokens.length);
  const rules = findSentenceMentions({ index: 0, tokens, caption: false }, { capitalised: () => false, common: () => false, sports: false });
  return reconcileWithNer(0, tokens, ner, rules, () => false).map((m) => `${m.kind}:${m.name}`);
}

describe("bilouSpans", () => {
  it("reads U, B…L and drops unfinished spans", () => {
    expect(bilouSpans(["U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "B-LOC", "O", "I-LOC"])).toEqual([
      { t0: 0, t1: 1, type: "PER" },
      { t0: 2, t1: 5, type: "ORG" },
    ]);
  });
});

describe("reconcileWithNer", () => {
  const cases: [string, string, string, string[], string[]][] = [
    // [what, sentence, labels, expected, not expected]
    ["a county the NER reads as a side stays a place (gazetteer)", "Floods hit Lincolnshire .", "O O U-ORG O", ["place:Lincolnshire"], ["organization:Lincolnshire"]],
    ["a name typed by what is said of it keeps that kind", "Analysts at Morvane expect profits to fall .", "O O U-LOC O O O O O", ["organization:Morvane"], ["place:Morvane"]],
    ["a head word keeps the whole name the NER cut short", "The Kestrel Institute for Soil Studies reported losses .", "O O O O B-ORG L-ORG O O O", ["organization:Kestrel Institute for Soil Studies"], ["organization:Soil Studies"]],
    ["a particle surname stays with the person", "He met Faisal al-Tamimi on Monday .", "O O U-PER O O O O", ["person:Faisal al-Tamimi"], ["person:Faisal"]],
    ["a leading The is not part of a name of two words or more", "With files from The Orbis Wire Service", "O O O B-ORG I-ORG I-ORG L-ORG", ["organization:Orbis Wire Service"], ["organization:The Orbis Wire Service"]],
    ["but The before one word stays (The Hague)", "Judges in The Hague ruled .", "O O B-LOC L-LOC O O", ["place:The Hague"], ["place:Hague"]],
    ["an organization's capitalised head word the NER left out joins it", "Shares in the Falmor Tovan Group fell .", "O O O B-ORG L-ORG O O O", ["organization:Falmor Tovan Group"], ["organization:Falmor Tovan"]],
    ["a title, or the start of one, is no name", "Shadow Home Secretary Ana Ortiz spoke .", "B-ORG L-ORG O B-PER L-PER O O", [], ["organization:Shadow Home"]],
    ["a possessive the NER took into the name is left out", "It angered the Vellmark's leaders .", "O O O B-LOC L-LOC O O", ["place:Vellmark"], ["place:Vellmark 's", "place:Vellmark's"]],
    ["an organization's 'of the …' the NER left out joins it", "The Royal Vellmark Institute of the Blind said so .", "O B-ORG I-ORG L-ORG O O O O O O", ["organization:Royal Vellmark Institute of the Blind"], ["organization:Royal Vellmark Institute"]],
    ["nor a month", "The Vellmark Department for November said so .", "O B-ORG L-ORG O O O O O", ["organization:Vellmark Department"], ["organization:Vellmark Department for November"]],
    ["so does a saint's place", "Patients at St Vellmark's waited .", "O O B-LOC I-LOC L-LOC O O", ["place:St Vellmark's"], ["place:St Vellmark"]],
    ["a firm's name keeps its 's", "Shares in Vellmark's rose .", "O O B-ORG L-ORG O O", ["organization:Vellmark's"], ["organization:Vellmark"]],
    ["but not lower-case words", "The Vellmark Institute of modern art said so .", "O B-ORG L-ORG O O O O O O", ["organization:Vellmark Institute"], ["organization:Vellmark Institute of modern art"]],
    ["a sentence's first The is not part of a one-word name", "The Vellmark government fell .", "B-ORG L-ORG O O O", ["organization:Vellmark"], ["organization:The Vellmark"]],
    ["unless the lexicon knows the name with it", "The Hague ruled .", "B-LOC L-LOC O O", ["place:The Hague"], ["place:Hague"]],
    ["a shape-only rule name the NER does not see is dropped", "Critics Say Quorvan Is Wrong .", "O O O O O O", [], ["person:Quorvan"]],
    ["post-nominal letters alone name nothing", "Ana Ortiz QC said so .", "B-PER L-PER U-ORG O O O", ["person:Ana Ortiz"], ["organization:QC"]],
    ["nor does a form of address alone, a contraction or a common noun's acronym", "Mr said I'm buying a PC .", "U-PER O U-ORG O O U-ORG O", [], ["person:Mr", "organization:I'm", "organization:PC"]],
    ["a past marker glued to a word names nothing", "The Ex-No campaign won .", "O U-ORG O O O", [], ["organization:Ex-No"]],
    ["a party of the lexicon before a title stands where the NER saw nothing", "Tory leader Ana Ortiz agreed .", "O O B-PER L-PER O O", ["organization:Tory", "person:Ana Ortiz"], []],
    ["also across a modifier of the title", "Labour shadow chancellor Ana Ortiz agreed .", "O O O B-PER L-PER O O", ["organization:Labour"], []],
    ["but a bare lexicon word with no title after it gives way", "Labour costs rose .", "O O O O", [], ["organization:Labour"]],
    ["a name ending in a trade noun is a firm, not the person the NER saw", "Vorlan Networks hired staff .", "B-PER L-PER O O O", ["organization:Vorlan Networks"], ["person:Vorlan Networks"]],
    ["nor the place", "Shares in Tesk Mining fell .", "O O B-LOC L-LOC O O", ["organization:Tesk Mining"], ["place:Tesk Mining"]],
    ["but a person whose name opens with a given name keeps the NER's kind", "Mary Media spoke .", "B-PER L-PER O O", ["person:Mary Media"], ["organization:Mary Media"]],
    ["a portfolio before its title is an office, not a body", "The Trade and Industry Secretary Ana Ortiz spoke .", "O B-ORG I-ORG L-ORG O B-PER L-PER O O", [], ["organization:Trade and Industry"]],
    ["but a body before a title stays", "Pentagon spokesman Ana Ortiz spoke .", "U-ORG O B-PER L-PER O O", ["organization:Pentagon"], []],
    ["a title at the end of an organization, before a name, is the person's", "Vell Council Chief Executive Ana Ortiz spoke .", "B-ORG I-ORG I-ORG L-ORG B-PER L-PER O O", ["organization:Vell Council"], ["organization:Vell Council Chief Executive"]],
    ["a body's name the NER cut at 'and' is whole again", "The Vell Food and Drug Administration ruled .", "O B-ORG L-ORG O O O O O", ["organization:Vell Food and Drug Administration"], ["organization:Vell Food"]],
    ["so is a department's 'of X and Y'", "The Department of Trade and Industry ruled .", "O B-ORG I-ORG L-ORG O O O O", ["organization:Department of Trade and Industry"], ["organization:Department of Trade"]],
    ["and a department of a list of portfolios", "The Department for Culture, Media and Sport ruled .", "O B-ORG I-ORG L-ORG O O O U-PER O O", ["organization:Department for Culture, Media and Sport"], ["organization:Department for Culture", "person:Sport"]],
    ["nor two bodies with head words", "The Foreign Office and Home Office ruled .", "O B-ORG L-ORG O O O O O", ["organization:Foreign Office"], ["organization:Foreign Office and Home Office"]],
    ["nor a department and another body", "The Ministry of Defence and Home Office ruled .", "O B-ORG I-ORG L-ORG O O O O O", ["organization:Ministry of Defence"], ["organization:Ministry of Defence and Home Office"]],
    ["but two bodies joined by 'and' stay two", "The BBC and ITV ruled .", "O U-ORG O U-ORG O O", ["organization:BBC", "organization:ITV"], ["organization:BBC and ITV"]],
    ["and so is a role word that is no title", "Tory Treasurer Lord Vellmar spoke .", "B-ORG L-ORG O U-PER O O", [], ["organization:Tory Treasurer"]],
    ["a shadow portfolio is an office too", "Shadow Education Secretary Ana Ortiz spoke .", "B-ORG L-ORG O B-PER L-PER O O", [], ["organization:Shadow Education"]],
    ["a titled person's name runs on as far as the NER's person span", "Vell chairman Ana van der Ortiz said so .", "U-ORG O B-PER I-PER I-PER L-PER O O O", ["person:Ana van der Ortiz"], ["person:Ana"]],
    ["a particle surname the NER left out stays with a titled person", "Former president Ana Vell d'Estor led .", "O O B-PER L-PER O O O", ["person:Ana Vell d'Estor"], ["person:Ana Vell"]],
    ["the rules' whole name stands where the NER left out its last word", "Ana Parker Vellis will marry .", "B-PER L-PER O O O O", ["person:Ana Parker Vellis"], ["person:Ana Parker"]],
    ["a person's name holds no comma", "Subs : Vellis , Tarmond , Ortiz .", "O O B-PER I-PER L-PER O U-PER O", ["person:Vellis", "person:Tarmond"], ["person:Vellis, Tarmond"]],
    ["a name ends in no article, and an article alone is none", "They saw Meet The Vellmans and The , she said .", "O O B-PER L-PER O O U-PER O O O O", ["person:Meet"], ["person:Meet The", "person:The"]],
    ["an NER name the rules missed is added", "Officials met Tovana Relk and Ulmo Brask .", "O O B-PER L-PER O B-PER L-PER O", ["person:Tovana Relk", "person:Ulmo Brask"], []],
  ];
  for (const [what, text, labels, expected, absent] of cases) {
    it(what, () => {
      const got = reconcile(text, labels);
      expect(got).toEqual(expect.arrayContaining(expected));
      for (const a of absent) expect(got).not.toContain(a);
    });
  }
});

describe("a description before a person's name", () => {
  // `common` says which words the corpus writes in lower case elsewhere.
  const common = (w: string) => ["referee", "winner", "comedian", "rose"].includes(w);
  const people = (text: string, labels: string) => {
    const tokens = tokenize(text);
    const rules = findSentenceMentions({ index: 0, tokens, caption: false }, { capitalised: () => false, common, sports: false });
    return reconcileWithNer(0, tokens, labels.split(" "), rules, common)
      .filter((m) => m.kind === "person")
      .map((m) => m.name);
  };
  it.each([
    ["a common noun the NER took into the name is left out", "Referee Tovan Relk sent him off .", "B-PER I-PER L-PER O O O O", ["Tovan Relk"]],
    ["also a hyphenated one, before an honorific", "Award-winner Sir Tovan Relk spoke .", "B-PER I-PER I-PER L-PER O O", ["Tovan Relk"]],
    ["a given name that is also a common word stays", "Rose Ortiz spoke .", "B-PER L-PER O O", ["Rose Ortiz"]],
    ["a word the corpus never writes in lower case stays", "Vellan Ortiz spoke .", "B-PER L-PER O O", ["Vellan Ortiz"]],
    ["a one-word name is never emptied", "Comedian spoke .", "U-PER O O", ["Comedian"]],
  ])("%s", (_what, text, labels, expected) => {
    expect(people(text, labels)).toEqual(expected);
  });
});
