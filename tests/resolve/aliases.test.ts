/**
 * A node's aliases are names to search it by: forms of address ("Mr X",
 * "Lord X") and styles ("Prince X") are, a role before the name ("Chief
 * Executive X", "Leader X", "Syrian President X") is not.
 */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import { article } from "../helpers/articles.js";

describe("aliases", () => {
  const docs = [
    article("a1", "Chief Executive Maeve Tollan spoke.", [{ text: "Maeve Tollan", surface: "Chief Executive Maeve Tollan", role: "Chief Executive" }]),
    article("a2", "Mrs Tollan spoke.", [{ text: "Tollan", surface: "Mrs Tollan", ref: "Maeve Tollan" }]),
    article("a3", "Maeve Tollan spoke.", [{ text: "Maeve Tollan" }]),
    article("b1", "Leader Ivo Brask spoke.", [{ text: "Ivo Brask", surface: "Leader Ivo Brask", role: "Leader" }]),
    article("b2", "Norwegian President Ivo Brask spoke.", [{ text: "Ivo Brask", surface: "Norwegian President Ivo Brask", role: "President" }]),
    article("c1", "Prince Orlo spoke.", [{ text: "Orlo", surface: "Prince Orlo", role: "Prince" }]),
  ];
  const r = resolveCorpus(docs);
  const aliases = (label: string) => r.entities.find((e) => e.label === label)!.aliases;

  it("keep forms of address and drop a role before the name", () => {
    expect(aliases("Maeve Tollan")).toContain("Mrs Tollan");
    expect(aliases("Maeve Tollan")).not.toContain("Chief Executive Maeve Tollan");
    expect(aliases("Ivo Brask")).toEqual(["Ivo Brask"]);
  });
  it("keep a style that is how a person is named", () => {
    expect(r.entities.find((e) => e.aliases.includes("Prince Orlo"))).toBeDefined();
  });
});
