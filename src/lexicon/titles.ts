/**
 * Lexicon: honorifics, titles and roles
 * =====================================
 *
 * General knowledge for any English news text. A title in front of a
 * capitalised name makes it a person; a title tells the role.
 * Multi-word titles are listed as token sequences (lower case, no dots).
 */

/** Letters after a name (honours, degrees, ranks at the bar, generation): part of how a person is named, never an entity. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  "qc", "kc", "sc", "mp", "mep", "msp", "am", "ms", "mla", "td", "cbe", "obe", "mbe", "kbe", "dbe", "gbe", "cb", "kcb", "cmg", "kcmg",
  "bt", "bart", "jr", "jnr", "sr", "snr", "phd", "md", "frs", "esq", "ii", "iii", "iv",
]);

/** Honorifics: always followed by a person's name. */
export const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
  "rev", "reverend", "sheikh", "sheik", "imam", "mullah", "rabbi", "father", "sister", "brother",
]);

/**
 * Titles and roles (lower case). A title is a role a person holds; the ones in
 * LEADER_TITLES make the person the leader of the country a demonym names
 * ("Syrian President X"), the others a member of its government or forces.
 */
export const TITLES: readonly string[] = [
  "president", "vice president", "vice-president", "prime minister", "deputy prime minister",
  "premier", "chancellor", "king", "queen", "prince", "princess", "crown prince", "emir", "sultan",
  "supreme leader", "ayatollah", "pope", "cardinal", "archbishop", "bishop", "patriarch",
  "foreign minister", "defence minister", "defense minister", "interior minister", "finance minister",
  "health minister", "trade minister", "economy minister", "energy minister", "oil minister",
  "justice minister", "education minister", "home secretary", "foreign secretary", "defence secretary",
  "defense secretary", "secretary of state", "secretary", "secretary-general", "secretary general",
  "minister", "deputy minister", "ambassador", "envoy", "special envoy", "un envoy", "senator", "sen",
  "congressman", "congresswoman", "representative", "rep", "governor", "gov", "mayor", "speaker",
  "chairman", "chairwoman", "chair", "chief executive", "ceo", "president-elect", "leader",
  "opposition leader", "general", "gen", "lieutenant general", "lt gen", "major general", "maj gen",
  "brigadier general", "brig gen", "colonel", "col", "lieutenant colonel", "lt col", "major", "maj",
  "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "vice admiral",
  "rear admiral", "marshal", "field marshal", "commander", "cmdr", "commodore", "corporal", "private",
  "chief of staff", "chief of the general staff", "spokesman", "spokeswoman", "spokesperson",
  "judge", "justice", "chief justice", "attorney general", "prosecutor", "detective", "inspector",
  "superintendent", "constable", "officer", "coach", "manager", "director", "deputy director",
  "commissioner", "president of the commission", "mp", "mep", "correspondent", "editor", "analyst",
  "shadow chancellor", "shadow home secretary", "shadow foreign secretary", "shadow secretary", "shadow minister",
  "party leader", "deputy leader", "chief whip", "home office minister", "trade secretary", "culture secretary",
  "health secretary", "education secretary", "work and pensions secretary", "transport secretary", "environment secretary",
  "chief secretary", "lord chancellor", "attorney", "economist", "professor", "lawyer", "campaigner", "activist",
  "head", "founder", "co-founder", "member", "official", "chief", "governor of the bank",
];

export const LEADER_TITLES = new Set([
  "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
  "supreme leader", "leader", "crown prince", "chairman", "chairwoman", "chair", "chief executive", "ceo",
  "secretary-general", "secretary general", "party leader", "director", "head",
]);

export const MILITARY_TITLES = new Set([
  "general", "gen", "lieutenant general", "lt gen", "major general", "maj gen", "brigadier general",
  "brig gen", "colonel", "col", "lieutenant colonel", "lt col", "admiral", "adm", "vice admiral",
  "rear admiral", "marshal", "field marshal", "commander", "cmdr", "commodore", "captain", "capt",
]);

export const SPOKESPERSON_TITLES = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Titles indexed by their first token, longest first, for greedy matching. */
export const TITLES_BY_FIRST = indexByFirstToken(TITLES);

export function indexByFirstToken(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const tokens = phrase.split(" ");
    const first = tokens[0]!;
    const list = index.get(first) ?? [];
    list.push(tokens);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** Titles that make their holder the head of a country. */
const STATE_LEADER_TITLES = new Set([
  "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "supreme leader",
  "leader", "crown prince", "president-elect", "mayor", "lord mayor", "governor", "first minister",
]);

/** Titles that make their holder the head of an organization, party or force. */
const ORG_LEADER_TITLES = new Set([
  "leader", "party leader", "chairman", "chairwoman", "chair", "head", "chief executive", "ceo", "president",
  "managing director", "executive director", "director-general", "director general", "secretary-general", "secretary general",
  "general secretary", "founder", "chief",
]);

/** Leader titles that a word of function before them makes the head of a department: "technology director". */
export const DEPARTMENT_HEADS: ReadonlySet<string> = new Set(["director", "head", "chief", "manager", "president"]);

/** Words of a title that make their holder part of a government rather than its head. */
const GOVERNMENT_WORDS = /\b(?:minister|secretary|ambassador|envoy|senator|sen|congressman|congresswoman|representative|rep|mp|mep|governor|gov|mayor|official|attorney|speaker|chief of staff|commissioner|chancellor)\b/;

/**
 * The predicate a title implies between its holder and the country or
 * organization it belongs to ("Syrian President X" → leader_of Syria; "Lib Dem
 * spokesman X" → spokesperson_for; "Labour MP X" → member_of), or undefined
 * when the title says nothing about that link ("Europe Director").
 */
export function roleRelation(role: string, object: "place" | "organization" | "force"): "leader_of" | "member_of" | "spokesperson_for" | "commands" | undefined {
  const r = role.toLowerCase().replace(/\./g, "");
  const last = r.split(" ").slice(-1)[0]!;
  if (SPOKESPERSON_TITLES.has(last)) return "spokesperson_for";
  const deputy = /^(?:deputy|vice|acting|assistant|shadow|junior|former|ex)\b/.test(r);
  if (object === "place") {
    if (!deputy && (STATE_LEADER_TITLES.has(r) || (STATE_LEADER_TITLES.has(last) && !GOVERNMENT_WORDS.test(r)))) return "leader_of";
    if (MILITARY_TITLES.has(r)) return "commands";
    return GOVERNMENT_WORDS.test(r) || deputy ? "member_of" : undefined;
  }
  if (MILITARY_TITLES.has(r) && object === "force") return "commands";
  // "programme director", "technology chief": the head of a department, not of the body.
  const department = !ORG_LEADER_TITLES.has(r) && r.includes(" ") && DEPARTMENT_HEADS.has(last) && !/^(?:managing|executive|general|chief)\b/.test(r);
  if (!deputy && !department && (ORG_LEADER_TITLES.has(r) || ORG_LEADER_TITLES.has(last))) return "leader_of";
  return "member_of";
}

/**
 * Nouns for what a person is or does at a body that are not titles (a title
 * makes a capitalised word a person; these do not, so the NER and the
 * mention rules never read them): "a security expert at X", "X students",
 * "Labour candidate", "a Chelsea striker". A person in apposition to one,
 * with an organization or force it is "of", "at", "for", "with" or
 * compounded to, is a member of it (extract/syntax-relations.ts).
 */
export const AFFILIATION_NOUNS: ReadonlySet<string> = new Set([
  "student", "researcher", "scientist", "expert", "specialist", "engineer", "lecturer", "fellow", "scholar",
  "academic", "teacher", "physician", "surgeon", "nurse", "employee", "worker", "staffer", "consultant",
  "adviser", "advisor", "strategist", "trader", "broker", "banker", "partner", "associate", "executive",
  "designer", "developer", "programmer", "producer", "reporter", "journalist", "columnist", "commentator",
  "presenter", "anchor", "player", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
  "full-back", "fullback", "batsman", "bowler", "pilot", "investigator", "auditor", "accountant", "pollster",
  "lobbyist", "organiser", "organizer", "volunteer", "candidate", "councillor", "councilman", "councilwoman",
  "backbencher", "peer", "delegate", "negotiator", "diplomat", "staff", "veteran", "recruit", "trainee",
  "intern", "graduate", "professor", "manager", "boss", "chief", "treasurer", "whip",
]);

/** Nouns that make the subject an owner of what they are "in" or "of": "a 40% shareholder in X". */
export const OWNERSHIP_NOUNS: ReadonlySet<string> = new Set(["shareholder", "stakeholder", "owner", "co-owner", "parent"]);

/** Nouns that make the subject a part of the firm they are "of": "X, a unit of Y" (Y owns X). */
export const SUBSIDIARY_NOUNS: ReadonlySet<string> = new Set(["unit", "subsidiary", "division", "arm", "affiliate", "offshoot", "subsidiaries", "units"]);

/**
 * Words of a government portfolio ("Trade and Industry", "Work and Pensions",
 * "Culture, Media and Sport"): before "Secretary" or "Minister" they name an
 * office, not an organization of the graph.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "trade", "industry", "health", "education", "skills", "defence", "defense", "environment", "transport", "culture",
  "media", "sport", "sports", "work", "pensions", "home", "foreign", "energy", "business", "innovation", "communities",
  "local", "government", "agriculture", "fisheries", "food", "rural", "affairs", "justice", "constitutional", "social",
  "security", "welfare", "employment", "finance", "economy", "economic", "development", "international",
  "commonwealth", "housing", "planning", "science", "technology", "family", "families", "children", "schools", "women",
  "equality", "interior", "immigration", "tourism", "heritage", "arts", "regions", "regional", "shadow", "deputy", "junior",
  "and", "of", "for", "the", "&", ",",
]);

/** Capitalised title words that close a portfolio: "Trade and Industry Secretary". */
export const PORTFOLIO_TITLE_HEADS: ReadonlySet<string> = new Set(["secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chief", "shadow"]);
