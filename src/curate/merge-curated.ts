/**
 * Merging the curated layer into the extracted graph
 * ==================================================
 *
 * A curated entity takes over every extracted entity of its kind whose label
 * or alias matches one of its names (after case, diacritics and "al-"
 * folding); events match by date and class ("visit", "withdrawal" in the
 * curated label). The curated label wins; aliases, sources and mentions are
 * the union; origin becomes "both". A curated triple equal to an extracted
 * one (same subject, predicate, object after merging) makes one edge with
 * origin "both" and the curated line in its provenance. Rejected edge ids
 * are dropped, and so are nodes left with no edge that only they supported.
 */
import type { Entity, Origin, ResolvedCorpus, Triple } from "../schema/index.js";
import { MAX_EVIDENCE, entityId, tripleId, uniqueId } from "../schema/index.js";
import { EVENT_CLASSES, distinctForms, nameKey } from "../lexicon/index.js";
import type { CuratedLayer } from "./types.js";

export function mergeCurated(resolved: ResolvedCorpus, layer: CuratedLayer): ResolvedCorpus {
  const entities = new Map(resolved.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases], sources: [...e.sources] }]));
  // Extracted entity ids by kind and name key.
  const byName = new Map<string, Set<string>>();
  for (const e of entities.values()) {
    for (const name of [e.label, ...e.aliases]) {
      const key = `${e.kind}|${nameKey(name)}`;
      const set = byName.get(key) ?? new Set<string>();
      set.add(e.id);
      byName.set(key, set);
    }
  }
  const remap = new Map<string, string>();
  const curatedIdOf = new Map<string, string>();
  const used = new Set(entities.keys());
  for (const c of layer.entities) {
    const names = [c.label, ...(c.aliases ?? [])];
    const matches = new Set<string>();
    if (c.kind === "event") {
      for (const e of entities.values()) if (e.kind === "event" && !remap.has(e.id) && eventMatches(c, e)) matches.add(e.id);
    } else {
      for (const n of names) for (const id of byName.get(`${c.kind}|${nameKey(n)}`) ?? []) if (!remap.has(id)) matches.add(id);
    }
    const merged = [...matches].sort().map((id) => entities.get(id)!);
    for (const m of merged) entities.delete(m.id);
    for (const m of merged) used.delete(m.id);
    const id = uniqueId(entityId(c.kind, c.label), used);
    const origin: Origin = merged.length > 0 ? "both" : "curated";
    const entity: Entity = {
      id,
      kind: c.kind,
      label: c.label,
      aliases: distinctForms([...names, ...merged.flatMap((m) => [m.label, ...m.aliases])]),
      sources: unique(merged.flatMap((m) => m.sources)),
      mentions: merged.reduce((n, m) => n + m.mentions, 0),
      origin,
      ...(c.date ?? merged.find((m) => m.date)?.date ? { date: (c.date ?? merged.find((m) => m.date)?.date)! } : {}),
      ...(merged.find((m) => m.eventType) ? { eventType: merged.find((m) => m.eventType)!.eventType! } : {}),
      ...(merged.some((m) => m.roles) ? { roles: unique(merged.flatMap((m) => m.roles ?? [])) } : {}),
      ...(c.note ? { note: c.note } : {}),
      ...(merged.some((m) => m.mergedFrom) ? { mergedFrom: merged.flatMap((m) => m.mergedFrom ?? []).sort((x, y) => cmp(x.form, y.form) || cmp(x.rule, y.rule)) } : {}),
    };
    entities.set(id, entity);
    for (const m of merged) remap.set(m.id, id);
    curatedIdOf.set(c.id, id);
  }
  const idOf = (id: string) => remap.get(id) ?? id;
  const triples = new Map<string, Triple>();
  for (const t of resolved.triples) {
    const subject = idOf(t.subject);
    const object = idOf(t.object);
    if (subject === object) continue;
    const id = tripleId(subject, t.predicate, object, t.verb);
    const prev = triples.get(id);
    if (prev) {
      // Two merged entities' edges: past only if both were.
      if (prev.past && !t.past) delete prev.past;
      const seen = new Set(prev.evidence.map((e) => `${e.doc}\u0000${e.sentence}`));
      const added = t.evidence.filter((e) => !seen.has(`${e.doc}\u0000${e.sentence}`));
      prev.support = (prev.support ?? prev.evidence.length) + (t.support ?? t.evidence.length) - (t.evidence.length - added.length);
      prev.evidence = [...prev.evidence, ...added]
        .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.sentence - b.sentence))
        .slice(0, MAX_EVIDENCE);
      prev.confidence = Math.max(prev.confidence, t.confidence);
    } else triples.set(id, { ...t, id, subject, object, evidence: [...t.evidence], provenance: [...t.provenance] });
  }
  for (const c of layer.triples) {
    const subject = curatedIdOf.get(c.s);
    const object = curatedIdOf.get(c.o);
    if (!subject || !object) continue; // readCurated has already reported unknown ids
    const id = tripleId(subject, c.p, object);
    const where = `${layer.file}:${c.line}`;
    const prev = triples.get(id);
    if (prev) {
      prev.origin = prev.origin === "extracted" ? "both" : prev.origin;
      prev.provenance = unique([...prev.provenance, where]);
      prev.confidence = 1;
    } else {
      triples.set(id, { id, subject, predicate: c.p, object, evidence: [], confidence: 1, origin: "curated", provenance: [where] });
    }
  }
  const rejected = new Set(layer.rejected.map((r) => r.edge));
  for (const id of rejected) {
    const t = triples.get(id);
    if (t && t.origin === "extracted") triples.delete(id);
  }
  // Drop extracted nodes that lost every edge because of a rejection.
  if (rejected.size > 0) {
    const linked = new Set<string>();
    for (const t of triples.values()) linked.add(t.subject), linked.add(t.object);
    const rejectedEnds = new Set(resolved.triples.filter((t) => rejected.has(t.id)).flatMap((t) => [idOf(t.subject), idOf(t.object)]));
    for (const id of rejectedEnds) if (!linked.has(id) && entities.get(id)?.origin === "extracted") entities.delete(id);
  }
  const claims = resolved.claims.map((c) => ({
    ...c,
    ...(c.source ? { source: idOf(c.source) } : {}),
    ...(c.about ? { about: [...new Set(c.about.map(idOf))].sort(cmp) } : {}),
  }));
  // Redirects follow the curated merges too: an absorbed name's old key points at the node it is now part of.
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(resolved.redirects ?? {})) if (!entities.has(from)) redirects[from] = idOf(to);
  for (const [from, to] of remap) if (from !== to && !entities.has(from)) redirects[from] = to;
  return {
    entities: [...entities.values()].sort((a, b) => cmp(a.id, b.id)),
    triples: [...triples.values()].sort((a, b) => cmp(a.id, b.id)),
    claims,
    ...(Object.keys(redirects).length > 0 ? { redirects: Object.fromEntries(Object.entries(redirects).sort((a, b) => cmp(a[0], b[0]))) } : {}),
  };
}

/** A curated event matches an extracted one of a compatible date whose class its label names. */
function eventMatches(c: { label: string; aliases?: readonly string[]; date?: string }, e: Entity): boolean {
  if (!c.date || !e.date || !(c.date.startsWith(e.date) || e.date.startsWith(c.date))) return false;
  const cls = EVENT_CLASSES.find((k) => k.name === e.eventType);
  if (!cls) return false;
  const text = ` ${[c.label, ...(c.aliases ?? [])].join(" ").toLowerCase()} `;
  return [cls.label.toLowerCase(), ...cls.triggers].some((w) => text.includes(` ${w} `) || text.includes(` ${w}'`) || text.includes(` ${w}s `));
}

function unique(values: string[]): string[] {
  const byLower = new Map<string, string>();
  for (const v of values) if (v && !byLower.has(v.toLowerCase())) byLower.set(v.toLowerCase(), v);
  return [...byLower.values()].sort(cmp);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
