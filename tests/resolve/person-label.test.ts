import { describe, expect, it } from "vitest";
import { fullNameLabel } from "../../src/resolve/person-label.js";

describe("fullNameLabel", () => {
  it.each([
    ["a bare surname gives way to the full name", "Brekke", [["Brekke", 4], ["Tomas Brekke", 1]], "Tomas Brekke"],
    ["a hyphenated one too", "Aynsley-Vell", [["Aynsley-Vell", 6], ["Al Aynsley-Vell", 1]], "Al Aynsley-Vell"],
    ["the most frequent full name wins", "Brekke", [["Brekke", 9], ["Tomas Brekke", 3], ["Tomas A. Brekke", 1]], "Tomas Brekke"],
    ["a tie goes to the longer", "Brekke", [["Brekke", 9], ["Tomas Brekke", 1], ["Tomas A. Brekke", 1]], "Tomas A. Brekke"],
    ["a full name stays", "Tomas Brekke", [["Tomas Brekke", 5], ["Brekke", 2]], "Tomas Brekke"],
    ["no extension, no change", "Brekke", [["Brekke", 3]], "Brekke"],
    ["a lower-case phrase is no full name", "Brekke", [["Brekke", 3], ["the young Brekke", 1]], "Brekke"],
    ["a word's end is not a surname", "Vell", [["Vell", 3], ["Aravell", 2]], "Vell"],
  ] as [string, string, [string, number][], string][])("%s", (_what, chosen, forms, expected) => {
    expect(fullNameLabel(chosen, forms.map((f) => f[0]), forms.map((f) => f[1]))).toBe(expected);
  });
});
