/**
 * Lexicon: what figures count
 * ===========================
 *
 * Count nouns a news figure is about, mapped to the class that two outlets'
 * figures must share to be compared ("23 warplanes" and "25 aircraft" both
 * count aircraft), and verbs mapped to what the figure measures.
 */

const UNIT_CLASSES: Record<string, string[]> = {
  aircraft: ["aircraft", "warplanes", "warplane", "planes", "plane", "jets", "jet", "bombers", "fighters", "drones"],
  helicopters: ["helicopters", "helicopter", "gunships"],
  people: ["people", "persons", "civilians", "civilian", "residents", "refugees", "migrants", "dead", "victims", "casualties"],
  children: ["children", "child", "minors", "under-15s"],
  troops: ["troops", "soldiers", "servicemen", "personnel", "men", "fighters", "militants", "rebels", "airmen", "marines", "officers", "police", "policemen"],
  vehicles: ["tanks", "vehicles", "trucks"],
  weapons: ["missiles", "rockets", "warheads", "bombs", "shells", "guns"],
  buildings: ["hospitals", "schools", "homes", "houses", "buildings", "markets"],
  units: ["bases", "battalions", "brigades", "units", "detachments", "ships", "warships", "vessels", "submarines"],
  strikes: ["strikes", "airstrikes", "raids", "sorties", "attacks"],
  percent: ["percent", "per", "%"],
  votes: ["votes", "seats"],
  jobs: ["jobs", "workers", "employees"],
};

/** Count noun → its class. */
export const CLAIM_UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries(UNIT_CLASSES).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)),
);

const VERB_CLASSES: Record<string, string[]> = {
  killed: ["killed", "kill", "killing", "dead", "died", "deaths", "death", "toll", "massacred"],
  wounded: ["wounded", "injured", "injuring", "hurt"],
  withdrawn: ["withdraw", "withdrawing", "withdrawn", "withdrew", "withdrawal", "pull", "pulling", "pulled", "return", "returning", "leave", "leaving"],
  deployed: ["deployed", "deploy", "deploying", "sent", "stationed", "based", "number", "numbered", "estimated"],
  displaced: ["displaced", "fled", "refugees", "homeless"],
  arrested: ["arrested", "detained", "jailed", "captured"],
};

/** Verb → what a figure near it measures. */
export const CLAIM_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(VERB_CLASSES).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)),
);
