/**
 * Lexicon: sports reporting
 * =========================
 *
 * Sports news names teams after places ("Leeds beat Surrey", "the Kansas City
 * Royals") and after sponsors ("Hyundai 6 Lotte 5"): a place name there most
 * often stands for a club. These lists let the extractor tell a sports article
 * from others and read club names; they hold the vocabulary of sports writing in
 * general, no team of any league.
 */

/** Words that, several together, mark an article as sports reporting. Only sport-specific words: "won", "beat", "race" are common in politics too. */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  "soccer", "football", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
  "cycling", "boxing", "squash", "snooker", "motor-racing", "formula", "volleyball", "handball",
  "league", "innings", "inning", "wicket", "wickets", "halftime", "half-time", "striker", "strikers",
  "midfielder", "midfielders", "goalkeeper", "goalkeepers", "defender", "stadium", "fixture", "fixtures",
  "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals", "quarter-final",
  "quarter-finals", "tournament", "championship", "championships", "seeded", "scorers", "scored", "homer",
  "homers", "homered", "pitcher", "pitchers", "touchdown", "touchdowns", "birdie", "birdies", "bogey", "bogeys",
  "par", "playoff", "playoffs", "play-off", "play-offs", "standings", "relegation", "relegated", "penalty",
  "penalties", "batsman", "batsmen", "bowler", "bowlers", "bowled", "batting", "bowling", "runs", "goals",
  "draw", "drew", "drawn", "podium", "lap", "laps", "medal", "medals", "sprint", "squad", "coach", "referee",
  "matches", "match", "season", "title", "titles", "champion", "champions", "cup", "seed", "unseeded",
  "doubles", "singles", "match-winning", "kick-off", "qualifier", "qualifiers", "friendly", "premiership",
  "teams", "team", "club", "clubs", "player", "players", "win", "victory", "defeat", "beat", "points",
]);

/** Of the words above, those that are sport-specific on their own; an article needs some of these. */
export const STRONG_SPORTS_WORDS: ReadonlySet<string> = new Set([
  "soccer", "football", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
  "cycling", "boxing", "squash", "snooker", "innings", "inning", "wicket", "wickets", "halftime", "half-time",
  "striker", "midfielder", "goalkeeper", "stadium", "semifinal", "semifinals", "semi-final", "semi-finals",
  "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals", "tournament", "seeded", "scorers", "homer",
  "homers", "homered", "pitcher", "touchdown", "birdie", "birdies", "bogey", "bogeys", "playoff", "playoffs",
  "play-off", "play-offs", "standings", "relegation", "batsman", "batsmen", "bowler", "bowled",
  "unseeded", "kick-off", "qualifier", "premiership", "league", "fixtures", "match", "matches",
]);

/** First words of club names: "Real Madrid", "Dynamo Kiev", "Inter Milan", "FC Porto". */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  "real", "dynamo", "dinamo", "sporting", "atletico", "athletic", "olympique", "olympiakos", "racing", "standard",
  "inter", "internazionale", "lokomotiv", "spartak", "cska", "borussia", "eintracht", "hansa", "werder",
  "fortuna", "fc", "ac", "afc", "sc", "sv", "vfb", "vfl", "tsv", "ofk", "rc", "cf", "ud", "cd", "sd", "ssc",
]);

/** Last words of club names: "Manchester United", "Bristol City", "Queens Park Rangers". Those marked
 * ambiguous ("City", "County", "Town") count only in a sports article. */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set([
  "united", "rovers", "wanderers", "albion", "hotspur", "athletic", "rangers", "fc", "afc", "orient", "thistle",
  "academical", "wednesday", "argyle", "alexandra", "villa", "vale", "palace", "celtic", "harriers",
]);

export const AMBIGUOUS_CLUB_SUFFIXES: ReadonlySet<string> = new Set(["city", "county", "town", "athletic", "united"]);

/** Verbs and words that put two sides against each other: "X beat Y", "X v Y", "against Y". */
export const COMPETITION_BEFORE: ReadonlySet<string> = new Set([
  "beat", "beats", "beating", "defeated", "defeat", "defeating", "v", "v.", "vs", "vs.", "versus", "against",
  "over", "thrashed", "routed", "edged", "outplayed", "overcame", "eliminated", "knocked", "blanked", "downed",
  "whipped", "hammered", "trounced", "shut",
]);

export const COMPETITION_AFTER: ReadonlySet<string> = new Set([
  "beat", "beats", "defeated", "drew", "draw", "lost", "won", "win", "wins", "v", "v.", "vs", "vs.", "versus",
  "thrashed", "routed", "edged", "overcame", "eliminated", "blanked", "downed", "trounced", "clinched",
  "scored", "led", "lead", "trail", "trailed", "host", "hosts", "hosted",
]);

/** Whether a document reads as sports reporting, from its lower-cased words. */
export function isSportsText(words: readonly string[]): boolean {
  let strong = 0;
  let any = 0;
  for (const w of words) {
    if (!SPORTS_WORDS.has(w)) continue;
    any++;
    if (STRONG_SPORTS_WORDS.has(w)) strong++;
  }
  return strong >= 2 && any >= 4 && any * 100 >= words.length;
}
