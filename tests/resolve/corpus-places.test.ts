/**
 * A one-word name only guessed to be a place is left out when no article of
 * the corpus places anything in it; one that some article writes after a
 * preposition of place, before "-based" or a site's noun, or before a comma
 * and a known place, stays.
 */
import { describe, expect, it } from "vitest";
import { dropUnlocatedPlaces } from "../../src/resolve/corpus-places.js";
import type { DocumentExtraction } from "../../src/schema/index.js";
import { article } from "../helpers/articles.js";

const place = (doc: string, sentence: string, text: string): DocumentExtraction => article(doc, sentence, [{ text, kind: "place" }]);
const kept = (docs: DocumentExtraction[]) => dropUnlocatedPlaces(docs).extractions.flatMap((x) => x.mentions.map((m) => m.name));

describe("places the corpus never places anything in", () => {
  it("leaves out a guessed place no article locates", () => {
    expect(kept([place("a", "Tovanix shares rose.", "Tovanix"), place("b", "Tovanix said so.", "Tovanix")])).toEqual([]);
  });
  it.each([
    ["a preposition of place", "Floods hit homes in Tovanix."],
    ["-based", "A Tovanix-based firm grew."],
    ["a site's noun", "Workers at its Tovanix plant struck."],
    ["a comma and a known place", "She lives in the town of Tovanix, Norway."],
  ])("keeps one that some article locates with %s", (_what, sentence) => {
    expect(kept([place("a", "Tovanix shares rose.", "Tovanix"), place("b", sentence, "Tovanix")])).toEqual(["Tovanix", "Tovanix"]);
  });
  it("does not touch a name of more words, or one the gazetteer knows", () => {
    expect(kept([place("a", "Stradey Park shook.", "Stradey Park"), place("b", "Oslo said so.", "Oslo")])).toEqual(["Stradey Park", "Oslo"]);
  });
  it("does not depend on article order", () => {
    const docs = [place("a", "Tovanix shares rose.", "Tovanix"), place("b", "Floods hit Vellmo.", "Vellmo"), place("c", "It rained in Vellmo.", "Vellmo")];
    const one = dropUnlocatedPlaces(docs).extractions;
    const two = dropUnlocatedPlaces([...docs].reverse()).extractions.reverse();
    expect(one).toEqual(two);
  });
});
