/**
 * Lexicon: general knowledge for any English news corpus
 * ======================================================
 *
 * Imported by the extraction and resolution stages. Nothing here may be
 * specific to one story: facts about a story belong in corpus/curated.ts.
 */
export * from "./titles.js";
export * from "./given-names.js";
export * from "./groups.js";
export * from "./heads.js";
export * from "./places.js";
export * from "./triggers.js";
export * from "./event-words.js";
export * from "./words.js";
export * from "./names.js";
export * from "./claims.js";
export * from "./sports.js";
export * from "./verbs.js";
export * from "./honorifics.js";
export * from "./acronyms.js";
export * from "./works.js";
