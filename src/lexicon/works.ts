/**
 * Lexicon: names of works and awards
 * ==================================
 *
 * A film, a song or a television series has a name, but it is not a person,
 * a place or an organization of the graph: news-kg leaves works out (see the
 * README's "What is not a node"). Laws, plans and products likewise. General English only.
 */

/**
 * Nouns that, right before a capitalised name, say the name is a work's:
 * "the drama Cherished", "comedy Meet the Parents", "the album Parklife", "his
 * novel Atonement". Nouns for groups of people ("band", "group") are not
 * here: a band is an organization.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film", "films", "movie", "movies", "comedy", "drama", "thriller", "sitcom", "sequel", "prequel", "remake",
  "documentary", "series", "show", "soap", "cartoon", "musical", "opera", "ballet", "programme", "program",
  "album", "albums", "song", "songs", "track", "anthem", "ballad", "book", "novel", "novels", "memoir",
  "biography", "autobiography", "poem", "blockbuster", "videogame", "franchise", "episode", "miniseries",
  "sci-fi", "biopic", "drama-documentary",
  // Products: "the console PlayStation", "the browser Firefox" (not "phone maker X": "maker" comes last).
  "console", "consoles", "handset", "handsets", "browser", "software", "gadget", "smartphone", "laptop",
  // A fictional character is no person of the news: "his character Ali Example", "the role of Tom Example".
  "character", "characters", "alter-ego",
]);

/** Two-word phrases before a name that say it is a fictional character's: "the role of X". */
export const CHARACTER_PHRASES: ReadonlySet<string> = new Set(["role of", "roles of", "alter ego"]);

/** The work nouns that may stand before a comma and the name ("the real-life drama, Cherished"): never a sports or politics word. */
export const WORK_NOUNS_BEFORE_COMMA: ReadonlySet<string> = new Set([
  "film", "movie", "comedy", "drama", "thriller", "sitcom", "documentary", "musical", "album", "song", "novel",
  "memoir", "biopic",
]);

/** Last words of an award's name: "the Olivier Awards", "the Turner Prize", "a Special Award". */
export const AWARD_HEADS: ReadonlySet<string> = new Set([
  "award", "awards", "prize", "prizes", "medal", "medals", "trophy", "oscar", "oscars", "bafta", "baftas",
  "emmy", "emmys", "grammy", "grammys", "globe", "globes",
]);

/** Last words of the name of a law, a treaty or a plan: "the Hunting Act", "the Terrorism Bill", "the Kyoto Protocol". */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  "act", "acts", "bill", "directive", "protocol", "treaty", "amendment", "regulations", "plan", "strategy", "scheme",
]);
