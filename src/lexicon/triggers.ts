/**
 * Lexicon: event triggers
 * =======================
 *
 * Words that report an event, by event class. A trigger with an agent or a
 * date in its sentence becomes an event mention. Single tokens are matched on
 * their lower-cased form; phrases token by token.
 */

export interface EventClass {
  /** Class name, used in event ids. */
  name: string;
  /** Display name, used in labels. */
  label: string;
  triggers: readonly string[];
  /** Whether an undated mention may take the article's date: news reports these on the day. */
  datedByPublication: boolean;
  /**
   * For the parse (extract/parse-events.ts): noun lemmas (singular, lower
   * case) and verb lemmas (a particle after a space: "step down") that report
   * an event of the class when a named participant or place hangs on them.
   */
  nouns?: readonly string[];
  /** Verbs whose object (or, for movements, a place after a preposition) must be named: "X met Y", "X sacked Y". */
  verbs?: readonly string[];
  /** Verbs with a named subject and no object: "X resigned", "X died". */
  intransitive?: readonly string[];
  /** Verbs with a named subject and an object of any kind: "X published a report". */
  creative?: readonly string[];
  /** Verbs of saying with a named subject and something said (an object or a clause): "X pledged to cut taxes". */
  declarative?: readonly string[];
  /**
   * A physical event (an attack): it needs a place or a force among its
   * arguments, or a modifier that makes it one ("suicide attack"); "Howard's
   * attack on Blair" is criticism, and the verb relation says so.
   */
  physical?: boolean;
}

export const EVENT_CLASSES: readonly EventClass[] = [
  {
    name: "withdrawal",
    label: "Withdrawal",
    triggers: ["withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn", "withdrawal", "pullout",
      "pull-out", "pull out", "pulls out", "pulled out", "pulling out", "pull its forces out", "draw-down",
      "drawdown", "draw-downs", "drawing down", "troop reductions", "retreat"],
    datedByPublication: true,
    nouns: ["withdrawal", "pullout", "pull-out", "drawdown", "retreat"],
    verbs: ["withdraw", "pull out", "pull back"],
  },
  {
    name: "visit",
    label: "Visit",
    triggers: ["visit", "visits", "visited", "visiting", "trip", "stopover", "flew into", "flies to", "flew to", "tour"],
    datedByPublication: true,
    nouns: ["visit", "trip", "tour", "stopover"],
    verbs: ["visit", "tour"],
  },
  {
    name: "talks",
    label: "Talks",
    triggers: ["talks", "peace talks", "negotiations", "summit", "meeting", "met", "meets"],
    datedByPublication: true,
    nouns: ["talks", "summit", "meeting", "negotiation", "discussion"],
    verbs: ["meet", "negotiate"],
  },
  {
    name: "air_campaign",
    label: "Air campaign",
    triggers: ["air campaign", "air strikes", "airstrikes", "air raids", "bombing campaign", "bombing raids", "military operation", "intervention", "intervened"],
    datedByPublication: false,
    nouns: ["air campaign", "air strike", "airstrike", "air raid", "bombing campaign"],
    verbs: [],
  },
  {
    name: "attack",
    label: "Attack",
    triggers: ["attack", "attacks", "attacked", "bombing", "bombings", "shelling", "offensive", "assault", "ambush", "massacre"],
    datedByPublication: false,
    nouns: ["attack", "bombing", "assault", "raid", "ambush", "massacre", "shelling", "offensive", "shooting", "explosion", "blast"],
    verbs: ["attack", "bomb", "shell", "raid", "ambush", "invade"],
    physical: true,
  },
  {
    name: "election",
    label: "Election",
    triggers: ["election", "elections", "re-election", "referendum", "vote", "presidential election"],
    datedByPublication: false,
    nouns: ["election", "by-election", "re-election", "referendum"],
    verbs: ["elect", "re-elect"],
  },
  {
    name: "ceasefire",
    label: "Ceasefire",
    triggers: ["ceasefire", "cease-fire", "truce", "ceasefire agreement", "armistice"],
    datedByPublication: false,
    nouns: ["ceasefire", "cease-fire", "truce", "armistice"],
    verbs: [],
  },
  {
    name: "annexation",
    label: "Annexation",
    triggers: ["annexation", "annexed", "annexe", "annex"],
    datedByPublication: false,
    nouns: ["annexation"],
    verbs: ["annex"],
  },
  {
    name: "uprising",
    label: "Uprising",
    triggers: ["uprising", "protests", "revolution", "revolt", "rebellion", "civil war"],
    datedByPublication: false,
    nouns: ["uprising", "revolution", "revolt", "rebellion", "civil war", "coup"],
    verbs: [],
  },
  // Classes the parse finds (no token triggers: they need the sentence's structure).
  {
    name: "vote", label: "Vote", triggers: [], datedByPublication: false,
    nouns: ["vote", "ballot"], verbs: [], intransitive: ["vote"],
  },
  {
    name: "resignation", label: "Resignation", triggers: [], datedByPublication: true,
    nouns: ["resignation", "departure"], verbs: [], intransitive: ["resign", "quit", "step down", "stand down"],
  },
  {
    name: "appointment", label: "Appointment", triggers: [], datedByPublication: true,
    nouns: ["appointment", "nomination", "promotion"], verbs: ["appoint", "nominate", "promote", "install", "swear in"],
  },
  {
    name: "dismissal", label: "Dismissal", triggers: [], datedByPublication: true,
    nouns: ["dismissal", "sacking", "firing", "expulsion", "suspension"], verbs: ["sack", "dismiss", "expel", "oust"],
  },
  {
    name: "ruling", label: "Ruling", triggers: [], datedByPublication: true,
    nouns: ["ruling", "verdict", "judgment", "judgement", "conviction", "acquittal"], verbs: ["convict", "acquit", "sentence", "jail"], creative: ["overturn", "uphold"],
  },
  {
    name: "trial", label: "Court case", triggers: [], datedByPublication: false,
    nouns: ["trial", "lawsuit", "hearing", "prosecution", "court case"], verbs: ["sue", "prosecute"],
  },
  {
    name: "inquiry", label: "Inquiry", triggers: [], datedByPublication: false,
    nouns: ["inquiry", "investigation", "probe", "review", "audit"], verbs: ["investigate", "probe"],
  },
  {
    name: "report", label: "Report", triggers: [], datedByPublication: true,
    nouns: ["report", "study", "survey", "poll", "opinion poll", "white paper", "green paper"], verbs: [], creative: ["publish"],
  },
  {
    name: "launch", label: "Launch", triggers: [], datedByPublication: true,
    nouns: ["launch", "unveiling"], verbs: [], creative: ["launch", "unveil"],
  },
  {
    name: "legislation", label: "Legislation", triggers: [], datedByPublication: false,
    nouns: ["bill", "legislation", "amendment", "treaty"], verbs: [], creative: ["enact", "ratify"],
  },
  {
    name: "agreement", label: "Agreement", triggers: [], datedByPublication: true,
    nouns: ["agreement", "deal", "accord", "pact", "settlement"], verbs: [],
  },
  {
    name: "takeover", label: "Merger or takeover", triggers: [], datedByPublication: true,
    nouns: ["merger", "takeover", "acquisition", "buyout", "sale", "purchase"], verbs: ["acquire", "take over", "merge", "buy out", "buy", "purchase", "sell"],
  },
  {
    name: "protest", label: "Protest", triggers: [], datedByPublication: true,
    nouns: ["protest", "demonstration", "rally", "march", "boycott", "strike", "walkout", "sit-in"], verbs: ["boycott"], intransitive: ["protest", "demonstrate", "rally", "march"],
  },
  {
    name: "arrest", label: "Arrest", triggers: [], datedByPublication: true,
    nouns: ["arrest", "detention", "extradition", "deportation", "capture"], verbs: ["arrest", "detain", "extradite", "deport", "capture"],
  },
  {
    name: "death", label: "Death", triggers: [], datedByPublication: true,
    nouns: ["death", "killing", "murder", "assassination", "funeral"], verbs: ["kill", "murder", "assassinate"], intransitive: ["die"],
  },
  {
    name: "campaign", label: "Campaign", triggers: [], datedByPublication: false,
    nouns: ["campaign"], verbs: [], intransitive: ["campaign"],
  },
  {
    name: "dispute", label: "Dispute", triggers: [], datedByPublication: false,
    nouns: ["dispute", "row", "clash", "feud", "confrontation", "stand-off", "standoff", "legal battle", "court battle", "legal challenge"], verbs: ["clash", "feud"],
  },
  {
    name: "bid", label: "Bid", triggers: [], datedByPublication: true,
    nouns: ["bid", "takeover bid", "tender"], verbs: [], creative: ["bid"],
  },
  {
    name: "ceremony", label: "Ceremony", triggers: [], datedByPublication: true,
    nouns: ["wedding", "marriage", "engagement", "ceremony", "coronation", "inauguration", "celebration", "memorial service"], verbs: [], intransitive: ["marry"],
  },
  {
    name: "sanction", label: "Sanction", triggers: [], datedByPublication: true,
    nouns: ["ban", "embargo", "sanction", "blockade", "fine", "penalty"], verbs: ["ban", "blockade", "fine"],
  },
  {
    name: "complaint", label: "Complaint", triggers: [], datedByPublication: true,
    nouns: ["complaint", "petition", "objection"], verbs: [], intransitive: ["complain"],
  },
  {
    name: "statement", label: "Statement", triggers: [], datedByPublication: true,
    nouns: ["statement", "pledge", "promise", "vow", "apology", "admission", "warning", "announcement", "letter", "news conference", "press conference"], verbs: [], intransitive: ["apologise", "apologize"], declarative: ["pledge", "vow", "promise", "admit", "announce"],
  },
  {
    name: "speech", label: "Speech", triggers: [], datedByPublication: true,
    nouns: ["speech", "debate", "lecture", "testimony", "briefing"], verbs: [],
  },
  {
    name: "interview", label: "Interview", triggers: [], datedByPublication: true,
    nouns: ["interview"], verbs: ["interview"],
  },
  {
    name: "conference", label: "Conference", triggers: [], datedByPublication: false,
    nouns: ["conference", "congress", "convention", "summit meeting", "forum"], verbs: [],
  },
  {
    name: "announcement",
    label: "Announcement",
    triggers: ["announcement", "announced", "announces", "announce"],
    datedByPublication: true,
  },
];

/** Verbs that make the agent the one who ordered the event. */
export const ORDER_WORDS = new Set(["order", "orders", "ordered", "ordering", "instructing", "instructed", "instructs", "commanded", "directed"]);
/** Verbs that make the agent the one who announced the event. */
export const ANNOUNCE_WORDS = new Set(["announce", "announced", "announces", "announcing", "announcement", "declared", "declares", "declaring"]);
