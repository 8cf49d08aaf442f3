/**
 * Gold standard for the seed corpus, written by reading the five articles.
 * ========================================================================
 *
 * Used by `npm run eval` (curation off) to measure what the extractor gets
 * right without help. Entities list the names the articles use; triples are
 * the key relations a reader takes away; events carry the dates the articles
 * give (11 December 2017 and 14 March 2016 were Mondays).
 */
import type { EntityKind, Predicate } from "../../src/schema/index.js";

export interface GoldEntity {
  kind: EntityKind;
  names: string[];
}

export interface GoldTriple {
  s: string;
  p: Predicate;
  o: string;
}

export interface GoldEvent {
  type: string;
  date: string;
  /** A participant the event node must be linked to. */
  with: string;
}

export const GOLD_ENTITIES: GoldEntity[] = [
  { kind: "person", names: ["Vladimir Putin", "Putin", "Mr Putin"] },
  { kind: "person", names: ["Bashar al-Assad", "Assad", "al-Assad"] },
  { kind: "person", names: ["Sergei Shoigu", "Shoigu"] },
  { kind: "person", names: ["Sergei Surovikin", "Surovikin"] },
  { kind: "person", names: ["Steve Rosenberg"] },
  { kind: "person", names: ["Michael Horowitz"] },
  { kind: "person", names: ["Eric Pahon"] },
  { kind: "person", names: ["Yahya Aridi"] },
  { kind: "place", names: ["Syria", "Syrian Arab Republic"] },
  { kind: "place", names: ["Russia"] },
  { kind: "place", names: ["Hmeimim", "Hmeymim"] },
  { kind: "place", names: ["Latakia"] },
  { kind: "place", names: ["Tartus", "Tartous", "Tartou"] },
  { kind: "place", names: ["Damascus"] },
  { kind: "place", names: ["Moscow"] },
  { kind: "place", names: ["Aleppo"] },
  { kind: "place", names: ["Geneva"] },
  { kind: "place", names: ["Iran"] },
  { kind: "place", names: ["Turkey"] },
  { kind: "place", names: ["Egypt"] },
  { kind: "place", names: ["Iraq"] },
  { kind: "place", names: ["Crimea"] },
  { kind: "place", names: ["Middle East"] },
  { kind: "place", names: ["Euphrates"] },
  { kind: "place", names: ["United States", "US", "U.S."] },
  { kind: "place", names: ["Washington"] },
  { kind: "place", names: ["Afghanistan"] },
  { kind: "place", names: ["Soviet Union"] },
  { kind: "place", names: ["Mediterranean"] },
  { kind: "place", names: ["United Kingdom", "Britain", "UK"] },
  { kind: "force", names: ["Islamic State", "IS", "ISIS", "Isil"] },
  { kind: "force", names: ["Russian forces", "Russian troops", "Russian military"] },
  { kind: "force", names: ["Syrian forces", "Syrian army"] },
  { kind: "force", names: ["al-Nusra Front"] },
  { kind: "force", names: ["Russian air force", "Russian air forces"] },
  { kind: "force", names: ["al-Qaeda"] },
  { kind: "organization", names: ["Kremlin"] },
  { kind: "organization", names: ["United Nations", "UN"] },
  { kind: "organization", names: ["Syrian Observatory for Human Rights"] },
  { kind: "organization", names: ["Pentagon"] },
  { kind: "organization", names: ["RIA Novosti"] },
  { kind: "organization", names: ["Levantine Group"] },
  { kind: "organization", names: ["Unicef"] },
  { kind: "organization", names: ["Reuters"] },
  { kind: "organization", names: ["BBC"] },
  { kind: "organization", names: ["Associated Press"] },
];

export const GOLD_TRIPLES: GoldTriple[] = [
  { s: "Hmeimim", p: "located_in", o: "Latakia" },
  { s: "Latakia", p: "located_in", o: "Syria" },
  { s: "Hmeimim", p: "located_in", o: "Syria" },
  { s: "Tartus", p: "located_in", o: "Syria" },
  { s: "Russia", p: "has_base_at", o: "Hmeimim" },
  { s: "Russia", p: "has_base_at", o: "Tartus" },
  { s: "Vladimir Putin", p: "visited", o: "Hmeimim" },
  { s: "Vladimir Putin", p: "visited", o: "Syria" },
  { s: "Vladimir Putin", p: "met_with", o: "Bashar al-Assad" },
  { s: "Bashar al-Assad", p: "leader_of", o: "Syria" },
  { s: "Vladimir Putin", p: "leader_of", o: "Russia" },
  { s: "Sergei Surovikin", p: "commands", o: "Russian forces" },
  { s: "Russian forces", p: "belongs_to", o: "Russia" },
  { s: "Syrian forces", p: "belongs_to", o: "Syria" },
  { s: "Iran", p: "supports", o: "Bashar al-Assad" },
  { s: "Russia", p: "supports", o: "Bashar al-Assad" },
  { s: "Eric Pahon", p: "spokesperson_for", o: "Pentagon" },
  { s: "Michael Horowitz", p: "member_of", o: "Levantine Group" },
  { s: "Russian forces", p: "opposes", o: "Islamic State" },
  { s: "al-Nusra Front", p: "affiliated_with", o: "al-Qaeda" },
  { s: "Sergei Shoigu", p: "member_of", o: "Russia" },
];

export const GOLD_EVENTS: GoldEvent[] = [
  { type: "visit", date: "2017-12-11", with: "Vladimir Putin" },
  { type: "withdrawal", date: "2017-12-11", with: "Vladimir Putin" },
  { type: "withdrawal", date: "2016-03-14", with: "Vladimir Putin" },
  { type: "air_campaign", date: "2015-09", with: "Russia" },
  { type: "talks", date: "2017-12-11", with: "Bashar al-Assad" },
  { type: "annexation", date: "2014", with: "Crimea" },
  { type: "uprising", date: "2011", with: "Bashar al-Assad" },
];
