import { describe, expect, it } from "vitest";
import { isSportsText } from "../../src/lexicon/index.js";
import { buildCasingModel } from "../../src/nlp/normalize.js";
import { extractArticle } from "../../src/extract-article.js";
import { extract, mentionKeys } from "./helpers.js";

const words = (t: string) => t.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];

/** Mentions as "kind:text" (the words as written), for checking one reading of one span. */
function spans(text: string): string[] {
  return extract(text).mentions.filter((m) => !m.implicit && !m.anaphor).map((m) => `${m.kind}:${m.text}`);
}

const MATCH_REPORT = [
  "Leeds beat Bolton 2-1 in the Premier League on Saturday to climb to third in the standings.",
  "The match at Elland Road was settled by a penalty, and the striker scored his fifth league goal of the season.",
  "Bolton host Chelsea next week, while Leeds travel to Newcastle United for a league match.",
  "Manchester City drew with Real Madrid in a friendly tournament in Madrid.",
].join("\n");

describe("sports articles", () => {
  it("are told from other news by their vocabulary", () => {
    expect(isSportsText(words(MATCH_REPORT))).toBe(true);
    expect(isSportsText(words("The prime minister said the election race would be won on the economy, and Labour beat the Tories in the polls."))).toBe(false);
  });

  it("read a city standing as a side as a club, and keep it a place after a locative", () => {
    const found = spans(MATCH_REPORT);
    expect(found).toEqual(expect.arrayContaining(["organization:Leeds", "organization:Bolton", "organization:Newcastle United", "organization:Manchester City", "organization:Real Madrid"]));
    // "in Madrid": the city itself.
    expect(found).toContain("place:Madrid");
    expect(found).not.toContain("place:Leeds");
  });

  it("keep datelines and countries (national sides) as places", () => {
    const text = `LEEDS, England 2004-08-30\n${MATCH_REPORT}\nEngland beat Wales in a World Cup qualifier.`;
    const found = spans(text);
    expect(found).toContain("place:LEEDS");
    expect(found).toContain("place:England");
    expect(found).toContain("place:Wales");
  });

  it("read unknown names in a score line or after 'beat' as clubs, and 'the' + plural nickname as a club", () => {
    const text = `${MATCH_REPORT}\nResults: Hyundai 6 Lotte 5, Haitai 2 Samsung 1.\nIn baseball, the Braves beat the Cubs, and the Toronto Blue Jays lost to Ssangbangwool.`;
    const found = spans(text);
    expect(found).toEqual(expect.arrayContaining(["organization:Hyundai", "organization:Lotte", "organization:Haitai", "organization:Braves", "organization:Toronto Blue Jays", "organization:Ssangbangwool"]));
  });

  it("leave the same place names alone outside sports", () => {
    const found = spans("Leeds council approved the plan. The mayor of Bolton said Leeds and Bolton would share the cost of the new bridge.");
    expect(found).not.toContain("organization:Leeds");
    expect(found).toContain("place:Bolton");
  });
});

describe("team line-ups", () => {
  it("read the names of a line-up as players, not places", () => {
    const text = `${MATCH_REPORT}\n\nGoodridge; Garvey, Simpson-Daniel, Fanolua, Kiole; Paul, Gomarsall; Wood, Curnier, Powell; Eustace, Brown; Forrester, Buxton, Balding.`;
    const keys = mentionKeys(extract(text));
    expect(keys.filter((k) => k.startsWith("place:") && /Fanolua|Kiole|Balding|Simpson-Daniel/.test(k))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(["person:Fanolua"]));
  });
  it("leave a sentence of prose alone", () => {
    const keys = mentionKeys(extract(`${MATCH_REPORT}\n\nThe side travel to Leeds, Derby, Hull and Wigan, then to Bolton, Burnley and Bury for the cup.`));
    expect(keys.filter((k) => k.startsWith("person:"))).toEqual([]);
  });
});

describe("firms by context", () => {
  it("type an unknown name as an organization from what is said of it", () => {
    const keys = mentionKeys(extract("Zentrix said it would cut 300 jobs. Analysts at Morvane expect Zentrix's profit to fall. Talks on a stake in Quillon broke down."));
    expect(keys).toEqual(expect.arrayContaining(["organization:Zentrix", "organization:Morvane", "organization:Quillon"]));
    expect(keys).not.toContain("person:Zentrix");
  });

  it("type a name as a firm after a firm's noun, even a city's name, but not a country's", () => {
    const keys = mentionKeys(extract("US banking giant Zentrix has sold its insurance arm. The band Morvane played. Spanish bank Santander bought a rival."));
    expect(keys).toEqual(expect.arrayContaining(["organization:Zentrix", "organization:Morvane", "organization:Santander"]));
    expect(keys).not.toContain("place:Santander");
    expect(mentionKeys(extract("The bank Britain trusts most is old."))).not.toContain("organization:Britain");
  });

  it("keep an ampersand firm whole even when a part of it is a place", () => {
    expect(spans("Shares of Douglas & Lomason rose after the bid.")).toContain("organization:Douglas & Lomason");
  });

  it("do not read an event named after a place as the place", () => {
    const found = spans("She reached the final of the Hong Kong Open on Friday.");
    expect(found).not.toContain("place:Hong Kong");
  });
});

describe("the gazetteer's subdivisions", () => {
  it("know counties and provinces (ISO 3166-2), and former countries", () => {
    const keys = mentionKeys(extract("Floods hit villages in Derbyshire and Lincolnshire. Refugees crossed from Zaire into what was Yugoslavia's border region."));
    expect(keys).toEqual(expect.arrayContaining(["place:Derbyshire", "place:Lincolnshire", "place:Zaire", "place:Yugoslavia"]));
  });

  it("leave out descriptive subdivision names that read as words", () => {
    // The gazetteer's own reading (rules alone): with the models the NER, not the gazetteer, decides whether capitalised "Western Area" names a place.
    const keys = mentionKeys(extractArticle({ id: "t", text: "Officials in the Western Area met. Voters in Central said no." }, { models: null }));
    expect(keys.filter((k) => k.startsWith("place:"))).toEqual([]);
  });
});

describe("ALL-CAPS headlines", () => {
  it("teach the casing model nothing, while acronyms among lower-case words still count", () => {
    const model = buildCasingModel(["SOCCER - LEEDS BEAT BOLTON IN DERBY .\nThe club said the win was deserved and NATO said nothing.\nThey beat them easily."]);
    expect(model.words.get("beat")).toBeUndefined();
    expect(model.words.get("nato")).toBe("NATO");
  });

  it("split into the names they hold rather than one long name", () => {
    const found = spans("ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH .\nRomania beat Lithuania 2-1 in a match on Friday.");
    expect(found).toEqual(expect.arrayContaining(["place:ROMANIA", "place:LITHUANIA"]));
  });
});

describe("people by context", () => {
  it("type an unknown name as a person from a relative 'who', an age, or kin", () => {
    const keys = mentionKeys(extract("The talks were led by Dravnik, who arrived on Monday. Police named the driver as Voskaya, 54, a farmer. Later Telmar's wife spoke to reporters."));
    expect(keys).toEqual(expect.arrayContaining(["person:Dravnik", "person:Voskaya", "person:Telmar"]));
  });
});

describe("noise", () => {
  it("drops a lone initial after a title, and reads a building by its head word", () => {
    const keys = mentionKeys(extract("The attempt to sell the Millennium Dome failed, as your presenter Mr P. said on air."));
    expect(keys).toContain("place:Millennium Dome");
    expect(keys.some((k) => /^person:P\.?$/.test(k))).toBe(false);
  });
});
