/**
 * Lexicon: head words and context words
 * =====================================
 *
 * The last word of a capitalised name often says what it names ("… Ministry",
 * "… Front", "… Province"); so do lower-case words next to it ("… air base",
 * "province of …"). All lower case.
 */

export const ORGANIZATION_HEADS = new Set([
  "ministry", "department", "agency", "observatory", "council", "committee", "commission", "party",
  "bank", "group", "corporation", "corp", "inc", "ltd", "plc", "llc", "co", "company", "university",
  "institute", "institution", "association", "organisation", "organization", "fund", "union", "court",
  "office", "service", "services", "network", "foundation", "federation", "league", "authority",
  "board", "news", "times", "post", "telegraph", "herald", "journal", "tribune", "gazette", "congress",
  "parliament", "assembly", "senate", "club", "society", "centre", "center", "programme", "program",
  "airlines", "airways", "motors", "industries", "holdings", "systems", "technologies", "bureau",
  "secretariat", "cabinet", "government", "administration", "mission", "embassy", "tv", "television",
  "radio", "channel", "broadcasting", "press", "unicef", "watch", "coalition", "alliance", "reserve",
  "inquiry", "commission", "tribunal", "exchange", "institute", "trust", "society", "review", "panel", "forum",
  "college", "school", "academy", "hospital", "partnership", "partnerships", "church", "museum", "gallery",
  "securities", "capital", "investments", "partners", "insurance", "motors", "pharmaceuticals", "energy", "telecom",
  "newsroom", "desk", "daily", "weekly", "magazine", "airport", "railways", "electric", "power", "steel", "oil",
]);

export const FORCE_HEADS = new Set([
  "army", "armies", "forces", "force", "navy", "militia", "militias", "brigade", "brigades", "front",
  "guard", "guards", "corps", "battalion", "battalions", "regiment", "marines", "division", "fleet",
  "legion", "rebels", "mujahideen", "jihad", "tigers",
]);

export const PLACE_HEADS = new Set([
  "province", "governorate", "region", "district", "city", "river", "valley", "mountains", "mountain",
  "sea", "ocean", "island", "islands", "strait", "gulf", "airbase", "airport", "port", "square",
  "street", "county", "peninsula", "desert", "lake", "bay", "heights", "plain", "basin", "coast",
  "territory", "territories", "oblast", "canton", "prefecture", "borough", "village", "town",
  "state", "republic", "kingdom", "emirates", "base", "dome", "stadium", "arena",
]);

/** Lower-case words after a name that make it a place ("Hmeimim air base"). */
export const PLACE_AFTER: readonly string[][] = [
  ["air", "base"], ["airbase"], ["airfield"], ["base"], ["naval", "base"], ["naval", "facility"],
  ["province"], ["governorate"], ["region"], ["district"], ["city"], ["port"], ["river"], ["valley"],
  ["airport"], ["county"], ["village"], ["town"], ["camp"], ["refugee", "camp"], ["border", "crossing"],
];

/** Lower-case words before a name that make it a place ("province of Latakia"). */
export const PLACE_BEFORE: readonly string[][] = [
  ["province", "of"], ["city", "of"], ["port", "of"], ["town", "of"], ["village", "of"], ["region", "of"],
  ["district", "of"], ["capital", "of"], ["island", "of"], ["state", "of"], ["republic", "of"],
  ["kingdom", "of"], ["governorate", "of"], ["outskirts", "of"], ["suburb", "of"], ["near"],
  ["north", "of"], ["south", "of"], ["east", "of"], ["west", "of"], ["northwest", "of"],
  ["northeast", "of"], ["southwest", "of"], ["southeast", "of"],
];

/** Lower-case nouns after a demonym that make a force ("Russian troops"). */
export const FORCE_NOUNS: readonly string[][] = [
  ["armed", "forces"], ["air", "force"], ["air", "forces"], ["special", "forces"], ["forces"],
  ["force"], ["troops"], ["troop", "contingent"], ["military", "contingent"], ["contingent"],
  ["military"], ["army"], ["navy"], ["soldiers"], ["soldier"], ["servicemen"], ["service", "personnel"],
  ["marines"], ["militias"], ["militia"], ["warplanes"], ["jets"], ["fighter", "jets"],
];

/** Nouns that name a body by its kind, and so may refer back to one: "the company", "the firm". */
export const BODY_NOUNS: ReadonlySet<string> = new Set(["company", "firm", "group", "bank", "airline", "carrier", "retailer", "insurer", "broadcaster", "corporation", "manufacturer", "operator", "charity", "union"]);

/** Person context: a capitalised name before one of these verbs is a person unless known otherwise. */
export const SPEECH_VERBS = new Set([
  "said", "says", "told", "tells", "added", "adds", "stated", "declared", "insisted", "argued",
  "warned", "wrote", "explained", "noted", "announced", "claimed", "urged", "denied", "admitted",
  "reported", "reports", "confirmed",
]);

/** Words that are capitalised at the start of a sentence but never names. */
export const NON_NAME_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you",
  "his", "her", "its", "their", "our", "my", "your", "there", "here", "when", "where", "while",
  "but", "and", "or", "so", "if", "as", "at", "in", "on", "of", "for", "to", "from", "by", "with",
  "after", "before", "since", "until", "during", "although", "though", "however", "meanwhile",
  "officials", "official", "some", "many", "most", "all", "both", "each", "other", "another",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "april", "june", "july", "august", "september", "october", "november", "december",
  "image", "photo", "picture", "caption", "copyright", "video", "read",
  "more", "less", "then", "now", "today", "yesterday", "tomorrow", "also", "what", "who", "why",
  "how", "which", "not", "no", "yes", "one", "two", "three", "first", "last", "next",
  "speaking", "according", "asked",
  "later", "earlier", "instead", "indeed", "thus", "hence", "perhaps", "maybe", "again", "already", "finally",
  "eventually", "separately", "elsewhere", "overall", "nevertheless", "nonetheless", "moreover", "furthermore",
  "besides", "otherwise", "initially", "previously", "recently", "currently", "apparently", "clearly",
]);

/** Nouns after a name's possessive that make it a firm or a body ("Magna's shares", "Pirelli's chairman"). */
export const FIRM_POSSESSIONS = new Set([
  "shares", "share", "stock", "stocks", "profit", "profits", "earnings", "revenue", "revenues", "sales", "turnover",
  "chairman", "chairwoman", "board", "shareholders", "stockholders", "subsidiary", "subsidiaries", "unit", "units",
  "stake", "bid", "acquisition", "merger", "management", "executives", "directors", "headquarters", "assets",
  "debt", "bonds", "dividend", "takeover", "plant", "plants", "factory", "factories", "brand", "products",
  "customers", "employees", "workforce", "operations", "losses", "net", "results", "outlook", "ceo",
]);

/** Lower-case words after a name that make it a firm: "Pirelli shares", "Magna said it". */
export const FIRM_AFTER: readonly string[][] = [
  ["shares"], ["stock"], ["said", "it"], ["said", "its"], ["says", "it"], ["says", "its"], ["reported", "net"],
  ["posted", "a"], ["posted", "net"], ["shareholders"], ["stockholders"], ["said", "on", "monday", "it"],
];

/** Lower-case words before a name that make it a firm: "shares in Pirelli", "a stake in Magna". */
export const FIRM_BEFORE: readonly string[][] = [
  ["shares", "in"], ["shares", "of"], ["stake", "in"], ["bid", "for"], ["merger", "with"], ["takeover", "of"],
  ["analyst", "at"], ["analysts", "at"], ["economist", "at"], ["economists", "at"], ["acquisition", "of"],
  ["subsidiary", "of"], ["unit", "of"], ["owned", "by"], ["chairman", "of"], ["shareholders", "of"],
];

/**
 * Last words that make a name a firm or a body whatever a statistical tagger
 * thought ("Vireo Networks", "Haldane Mining"): trade and corporate nouns
 * that do not end a person's name or a place's. Narrower than
 * ORGANIZATION_HEADS (no "Church", "Post", "Steel", "Power", "Bank": surnames
 * and places end in those). Read by the post-rules on NER spans only; the
 * NER's own lexicon features are ORGANIZATION_HEADS.
 */
export const FIRM_NAME_HEADS: ReadonlySet<string> = new Set([
  "networks", "media", "mining", "chemicals", "holdings", "industries", "technologies", "technology", "systems",
  "motors", "airlines", "airways", "pharmaceuticals", "pharma", "securities", "investments", "partners",
  "insurance", "telecom", "telecoms", "communications", "entertainment", "electronics", "software", "foods",
  "brewery", "breweries", "ventures", "logistics", "solutions", "enterprises", "corp", "corporation", "inc",
  "ltd", "plc", "llc", "limited", "incorporated", "company", "group", "associates", "consulting", "consultants",
  "publishing", "publishers", "pictures", "studios", "records", "energy", "petroleum", "resources", "utilities",
  "semiconductor", "semiconductors", "microsystems", "biotech", "laboratories", "labs", "finance", "financial",
  "bancorp", "capital", "asset", "assets", "management", "airline", "motor", "automotive", "aerospace",
  "shipping", "retail", "stores", "supermarkets", "restaurants", "hotels", "cosmetics", "textiles", "foundation",
  "institute", "association", "federation", "council", "commission", "committee", "agency", "ministry", "university",
]);

/**
 * Lower-case nouns right before a name that make it a firm or a body: "US
 * banking giant Citigroup", "Swedish carmaker Saab", "the band Kraftwerk".
 * Not "maker", "producer", "developer" or "publisher", which also describe
 * people ("record producer X"). Read by the mention rules only.
 */
export const FIRM_DESCRIPTORS: ReadonlySet<string> = new Set([
  "giant", "firm", "company", "carmaker", "automaker", "car-maker", "airline", "carrier", "retailer", "broadcaster",
  "operator", "manufacturer", "insurer", "supermarket", "conglomerate", "provider", "brewer", "lender", "band",
  "consortium", "outfit", "start-up", "startup", "chipmaker", "bank", "utility", "multinational", "label",
]);
