/**
 * Lexicon: function words
 * =======================
 *
 * Closed-class English words: never names, never capitalised by the truecaser
 * except at the start of a sentence; allowed inside names only where noted.
 */

export const STOPWORDS = new Set(
  `a an the and or but nor so yet for of in on at to from by with without about above after
  against along among around as before behind below beneath beside between beyond during except
  inside into like near off onto out outside over past since through throughout till toward towards
  under until up upon via within i me my mine we us our ours you your yours he him his she her hers
  it its they them their theirs this that these those who whom whose which what where when why how
  is am are was were be been being have has had do does did will would shall should can could may
  might must not no yes all any both each few more most other some such only own same than too very
  just also there here then now if because while although though however whether s t ve ll re d`.split(/\s+/),
);

/** Lower-case particles allowed inside a capitalised name ("Bashar al-Assad", "Staffan de Mistura"). */
export const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le", "dos", "das", "y"]);

/** Lower-case words allowed inside an organization name when followed by a capital ("Observatory for Human Rights"). */
export const NAME_CONNECTORS = new Set(["of", "for", "on", "and", "the"]);

export const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his"]);

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Acronyms that are common nouns, not organizations. */
export const COMMON_ACRONYMS = new Set([
  "TV", "GDP", "GNP", "CEO", "CFO", "PM", "AM", "FM", "OK", "DNA", "HIV", "AIDS", "ID", "IT", "PC", "CD", "DVD",
  "SUV", "VIP", "GMT", "UTC", "EST", "MP", "MPS", "MEP", "QC", "PR", "HQ", "RPG", "IED", "ATM", "VAT", "IPO",
  "CPI", "EPS", "FX", "PS", "NB", "AD", "BC", "CE", "BCE", "USD", "EUR", "GBP", "JPY", "KM", "MW", "GW",
  // Table and wire abbreviations: "not available", "in capitals", "to be announced", "million".
  "NA", "CAPS", "TBA", "TBC", "MLN", "BLN", "PCT", "YR", "QTR", "FY", "AGM", "EGM", "RBI", "ERA",
]);

/** Capitalised words after a place that make the whole an event or a title, not the place ("Hong Kong Open", "Monaco Grand Prix"). */
export const EVENT_NAME_HEADS = new Set([
  "open", "cup", "classic", "masters", "games", "olympics", "championship", "championships", "grand", "marathon",
  "trophy", "series", "tour", "festival", "expo", "summit", "declaration", "accord", "accords", "agreement",
  "treaty", "convention", "protocol", "process", "conference", "talks", "stakes", "derby", "rally", "regatta",
]);
