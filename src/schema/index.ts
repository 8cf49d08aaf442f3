export * from "./kinds.js";
export * from "./predicates.js";
export type * from "./types.js";
export { MAX_EVIDENCE } from "./types.js";
export type * from "./graph.js";
export * from "./errors.js";
export * from "./curated.js";
export * from "./ids.js";
export * from "./query-errors.js";
