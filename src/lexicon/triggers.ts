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
}

export const EVENT_CLASSES: readonly EventClass[] = [
  {
    name: "withdrawal",
    label: "Withdrawal",
    triggers: ["withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn", "withdrawal", "pullout",
      "pull-out", "pull out", "pulls out", "pulled out", "pulling out", "pull its forces out", "draw-down",
      "drawdown", "draw-downs", "drawing down", "troop reductions", "retreat"],
    datedByPublication: true,
  },
  {
    name: "visit",
    label: "Visit",
    triggers: ["visit", "visits", "visited", "visiting", "trip", "stopover", "flew into", "flies to", "flew to", "tour"],
    datedByPublication: true,
  },
  {
    name: "talks",
    label: "Talks",
    triggers: ["talks", "peace talks", "negotiations", "summit", "meeting", "met", "meets"],
    datedByPublication: true,
  },
  {
    name: "air_campaign",
    label: "Air campaign",
    triggers: ["air campaign", "air strikes", "airstrikes", "air raids", "bombing campaign", "bombing raids", "military operation", "intervention", "intervened"],
    datedByPublication: false,
  },
  {
    name: "attack",
    label: "Attack",
    triggers: ["attack", "attacks", "attacked", "bombing", "bombings", "shelling", "offensive", "assault", "ambush", "massacre"],
    datedByPublication: false,
  },
  {
    name: "election",
    label: "Election",
    triggers: ["election", "elections", "re-election", "referendum", "vote", "presidential election"],
    datedByPublication: false,
  },
  {
    name: "ceasefire",
    label: "Ceasefire",
    triggers: ["ceasefire", "cease-fire", "truce", "ceasefire agreement", "armistice"],
    datedByPublication: false,
  },
  {
    name: "annexation",
    label: "Annexation",
    triggers: ["annexation", "annexed", "annexe", "annex"],
    datedByPublication: false,
  },
  {
    name: "uprising",
    label: "Uprising",
    triggers: ["uprising", "protests", "revolution", "revolt", "rebellion", "civil war"],
    datedByPublication: false,
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
