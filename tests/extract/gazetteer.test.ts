import { describe, expect, it } from "vitest";
import { gazetteer } from "../../src/lexicon/index.js";
import { extract, tripleKeys } from "./helpers.js";

describe("gazetteer demonyms", () => {
  // world-countries gives some dependent territories a sovereign state's demonym; the state keeps it.
  it.each([
    ["indian", "India"],
    ["indians", "India"],
    ["norwegian", "Norway"],
    ["american", "United States"],
    ["french", "France"],
    ["dutch", "Netherlands"],
  ])("%s names %s", (demonym, country) => {
    expect(gazetteer().demonyms.get(demonym)).toBe(country);
  });

  it("a head of government named by a shared demonym leads the state", () => {
    const keys = tripleKeys(extract("Later she met Norwegian Prime Minister Per Olsen in Oslo."));
    expect(keys).toContain("Per Olsen leader_of Norway");
    expect(keys.join(" ")).not.toContain("Svalbard");
  });
});
