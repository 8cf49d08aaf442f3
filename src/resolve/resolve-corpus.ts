/**
 * Resolution: mentions of all articles become entities, events and triples
 * ========================================================================
 *
 * 1. Every mention gets a key within its kind: the lexicon's canonical name,
 *    else the full name coreference gave it, else its own name.
 * 2. Keys merge within a kind when their spelling keys agree (Hmeimim ~
 *    Hmeymim, Tartus ~ Tartous), and a lone surname joins the one full name
 *    that ends with it ("Putin" → "Vladimir Putin"), or, where several do,
 *    the one with five times the mentions of the next (a spouse or namesake
 *    of comparable weight keeps the surname apart). Each merge compares a
 *    key with the group's first key, never with a member merged before, so
 *    weak merges cannot chain. Kinds never merge.
 * 3. Event mentions group into events: same class, compatible dates, and a
 *    shared agent, place or participant; two day-precise dates must agree.
 * 4. Mention triples become entity triples; the same fact from several
 *    sentences is one triple with all its evidence.
 * Linear in mentions: all matching goes through hash maps keyed by name.
 */
import type {
  Claim,
  DocumentExtraction,
  Entity,
  EntityKind,
  EventMention,
  Evidence,
  MergeRecord,
  MentionRef,
  Predicate,
  ResolvedCorpus,
  Triple,
} from "../schema/index.js";
import { MAX_EVIDENCE, predicateAccepts, slug, tripleId, uniqueId } from "../schema/index.js";
import { EVENT_CLASSES, distinctForms, gazetteer, nameKey, spellingKey } from "../lexicon/index.js";
import { mergeEvidence } from "./triples.js";

interface Group {
  kind: EntityKind;
  key: string;
  names: Map<string, number>;
  surfaces: Set<string>;
  sources: Set<string>;
  mentions: number;
  roles: Set<string>;
  canonical?: string;
  mergedFrom?: MergeRecord[];
}

const CLASS_LABELS = new Map(EVENT_CLASSES.map((c) => [c.name, c.label]));

export function resolveCorpus(docs: readonly DocumentExtraction[]): ResolvedCorpus {
  const groups = new Map<string, Group>();
  const groupOf: Array<Array<string | undefined>> = docs.map((d) => new Array<string | undefined>(d.mentions.length));

  // 1. Keys within kinds.
  docs.forEach((doc, d) => {
    doc.mentions.forEach((m, i) => {
      const base = m.canonical ?? m.ref ?? m.name;
      const key = `${m.kind}|${nameKey(base)}`;
      if (!nameKey(base)) return;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { kind: m.kind, key, names: new Map(), surfaces: new Set(), sources: new Set(), mentions: 0, roles: new Set() }));
      g.names.set(base, (g.names.get(base) ?? 0) + 1);
      if (m.canonical) g.canonical = m.canonical;
      // An implied mention's text is a demonym ("Syrian"), not a name of the entity.
      if (!m.implicit && !m.anaphor) g.surfaces.add(m.text);
      if (m.name !== m.text && !m.implicit && !m.anaphor) g.surfaces.add(m.name);
      if (m.surface) g.surfaces.add(m.surface);
      if (m.ref && m.ref !== m.name) g.surfaces.add(m.ref);
      g.sources.add(m.doc);
      if (!m.implicit) g.mentions++;
      if (m.role) g.roles.add(m.role);
      groupOf[d]![i] = key;
    });
  });

  // 2. Merge spelling variants and lone surnames into one representative per group.
  const { rep, rule } = mergeVariants(groups);
  const finalGroups = new Map<string, Group>();
  // The key each absorbed group would have had, to redirect it: filled once the ids exist.
  const absorbed: Array<{ kind: EntityKind; label: string; target: string }> = [];
  const ordered = [...groups.entries()].sort((a, b) => ((rep.has(a[0]) ? 1 : 0) - (rep.has(b[0]) ? 1 : 0)) || cmp(a[0], b[0]));
  for (const [key, g] of ordered) {
    const target = rep.get(key) ?? key;
    const into = finalGroups.get(target);
    if (!into) {
      finalGroups.set(target, { ...g, key: target, names: new Map(g.names), surfaces: new Set(g.surfaces), sources: new Set(g.sources), roles: new Set(g.roles) });
      continue;
    }
    const form = g.canonical ?? pickLabel(g.names);
    (into.mergedFrom ??= []).push({ form, docs: [...g.sources].sort(), rule: rule.get(key) ?? "spelling" });
    absorbed.push({ kind: g.kind, label: form, target });
    for (const [n, c] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
    g.surfaces.forEach((s) => into.surfaces.add(s));
    g.sources.forEach((s) => into.sources.add(s));
    g.roles.forEach((s) => into.roles.add(s));
    into.mentions += g.mentions;
    into.canonical ??= g.canonical;
  }
  const entityIdOf = new Map<string, string>();
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const g of [...finalGroups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const label = g.canonical ?? pickLabel(g.names);
    const id = uniqueId(`${g.kind}:${slug(label)}`, usedIds);
    entityIdOf.set(g.key, id);
    entities.push({
      id,
      kind: g.kind,
      label,
      aliases: aliasesOf(label, g.surfaces),
      sources: [...g.sources].sort(),
      mentions: g.mentions,
      origin: "extracted",
      ...(g.roles.size > 0 ? { roles: [...g.roles].sort() } : {}),
      ...(g.mergedFrom ? { mergedFrom: g.mergedFrom.sort((a, b) => cmp(a.form, b.form) || cmp(a.rule, b.rule)) } : {}),
    });
  }
  // Old keys of merged names keep resolving: "person:vellmar" → "person:gordon-vellmar" (unless some entity has that key itself).
  const redirects: Record<string, string> = {};
  for (const a of absorbed) {
    const from = `${a.kind}:${slug(a.label)}`;
    const to = entityIdOf.get(a.target);
    if (to && from !== to && !usedIds.has(from) && !(from in redirects)) redirects[from] = to;
  }
  const entityOfMention = (d: number, i: number): string | undefined => {
    const key = groupOf[d]![i];
    if (!key) return undefined;
    return entityIdOf.get(rep.get(key) ?? key);
  };
  const byId = new Map(entities.map((e) => [e.id, e]));

  // 3. Events.
  const { events, eventOf } = clusterEvents(docs, entityOfMention, byId);
  for (const e of events) byId.set(e.id, e);
  for (const e of events) entities.push(e);

  // 4. Triples.
  const triples = new Map<string, Triple>();
  // Evidence by triple, one entry per (doc, sentence), sorted once at the end: merging on every add is quadratic.
  const evidenceOf = new Map<string, Map<string, Evidence>>();
  const addTriple = (subject: string | undefined, predicate: Predicate, object: string | undefined, confidence: number, evidence: Evidence, verb?: string) => {
    if (!subject || !object || subject === object) return;
    const s = byId.get(subject);
    const o = byId.get(object);
    if (!s || !o || !predicateAccepts(predicate, s.kind, o.kind)) return;
    const id = tripleId(subject, predicate, object, verb);
    const t = triples.get(id);
    const key = `${evidence.doc}\u0000${evidence.sentence}`;
    if (!t) {
      triples.set(id, { id, subject, predicate, ...(verb ? { verb } : {}), object, evidence: [evidence], confidence, origin: "extracted", provenance: [] });
      evidenceOf.set(id, new Map([[key, evidence]]));
    } else {
      const seen = evidenceOf.get(id)!;
      if (!seen.has(key)) seen.set(key, evidence);
      t.confidence = 1 - (1 - t.confidence) * (1 - confidence);
    }
  };
  docs.forEach((doc, d) => {
    const ref = (r: MentionRef) => ("mention" in r ? entityOfMention(d, r.mention) : eventOf.get(`${d}:${r.event}`));
    for (const t of doc.triples) addTriple(ref(t.subject), t.predicate, ref(t.object), t.confidence, t.evidence, t.verb);
    doc.events.forEach((e, n) => {
      const event = eventOf.get(`${d}:${n}`);
      if (!event) return;
      const agent = e.agent !== undefined ? entityOfMention(d, e.agent) : undefined;
      if (agent) {
        const kind = byId.get(agent)?.kind;
        let role: Predicate = e.agentRole ?? "participant_in";
        if (kind && !predicateAccepts(role, kind, "event")) role = "participant_in";
        addTriple(agent, role, event, 0.7, e.evidence);
      }
      if (e.speaker !== undefined) addTriple(entityOfMention(d, e.speaker), "announced", event, 0.65, e.evidence);
      for (const p of e.participants) addTriple(entityOfMention(d, p), "participant_in", event, 0.6, e.evidence);
      if (e.place !== undefined) addTriple(event, "occurred_at", entityOfMention(d, e.place), 0.7, e.evidence);
    });
  });
  for (const t of triples.values()) {
    t.confidence = round(Math.min(t.confidence, 0.99), 3);
    const all = mergeEvidence([...evidenceOf.get(t.id)!.values()], []);
    t.support = all.length;
    // Past only when every sentence says so: one present-tense statement (another article, a later date) makes it present.
    if (all.every((e) => e.past)) t.past = true;
    t.evidence = all.length > MAX_EVIDENCE ? all.slice(0, MAX_EVIDENCE) : all;
  }
  const claims = resolveClaims(docs, entityOfMention, byId);
  return {
    entities: entities.sort((a, b) => cmp(a.id, b.id)),
    triples: [...triples.values()].sort((a, b) => cmp(a.id, b.id)),
    claims,
    ...(Object.keys(redirects).length > 0 ? { redirects: Object.fromEntries(Object.entries(redirects).sort((a, b) => cmp(a[0], b[0]))) } : {}),
  };
}

/**
 * Claims get the entities of their sentence and their source's entity; claims
 * of different articles about the same measure ("aircraft withdrawn") whose
 * values differ are marked as conflicting with each other.
 */
function resolveClaims(
  docs: readonly DocumentExtraction[],
  entityOfMention: (d: number, i: number) => string | undefined,
  byId: Map<string, Entity>,
): Claim[] {
  const claims: Claim[] = [];
  docs.forEach((doc, d) => {
    const bySentence = new Map<number, Array<{ m: (typeof doc.mentions)[number]; i: number }>>();
    if (doc.claims.length > 0) doc.mentions.forEach((m, i) => (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push({ m, i }));
    for (const c of doc.claims) {
      const inSentence = bySentence.get(c.evidence.sentence) ?? [];
      const about = new Set<string>();
      let source: string | undefined;
      for (const { m, i } of inSentence) {
        const id = entityOfMention(d, i);
        if (!id) continue;
        if (c.attributedTo && (m.canonical ?? m.ref ?? m.name) === c.attributedTo) source = id;
        else about.add(id);
      }
      claims.push({ ...c, ...(source ? { source } : {}), about: [...about].sort(), conflicts: [] });
    }
  });
  const bySubject = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = bySubject.get(c.subject) ?? [];
    list.push(c);
    bySubject.set(c.subject, list);
  }
  // Two figures conflict when they measure the same thing (same count class and verb, e.g. "aircraft withdrawn"),
  // come from different articles, name a common entity, and differ. A bare class ("percent") is too vague to compare.
  for (const list of bySubject.values()) {
    if (!list[0]!.subject.includes(" ")) continue;
    // Only claims with another value can conflict: with one value (the usual case) there is nothing to compare.
    const values = new Set(list.map((c) => c.value));
    if (values.size < 2) continue;
    // Candidates through the entities they name, so the cost follows the overlaps, not the square of the list.
    const byEntity = new Map<string, Claim[]>();
    for (const c of list) {
      for (const id of new Set([...(c.about ?? []), ...(c.source ? [c.source] : [])])) {
        const l = byEntity.get(id);
        if (l) l.push(c);
        else byEntity.set(id, [c]);
      }
    }
    for (const a of list) {
      const found = new Set<string>();
      for (const id of new Set([...(a.about ?? []), ...(a.source ? [a.source] : [])])) {
        for (const b of byEntity.get(id) ?? []) {
          if (found.size >= MAX_CONFLICTS) break;
          if (a !== b && a.doc !== b.doc && a.value !== b.value) found.add(b.id);
        }
      }
      a.conflicts = [...found].sort();
    }
  }
  void byId;
  return claims.sort((a, b) => cmp(a.id, b.id));
}

/** A figure contradicted by more sources than this says little more with each; the list is cut. */
const MAX_CONFLICTS = 20;

/** Representative key for each group key that merges into another group. */
/** A full name with this many times the mentions of any other with the same surname takes the lone surname. */
const SURNAME_DOMINANCE = 5;

function mergeVariants(groups: Map<string, Group>): { rep: Map<string, string>; rule: Map<string, MergeRecord["rule"]> } {
  const rep = new Map<string, string>();
  const rule = new Map<string, MergeRecord["rule"]>();
  const bySpelling = new Map<string, string>();
  const keys = [...groups.keys()].sort();
  // Spelling variants within a kind; the most mentioned group is the representative.
  const ordered = keys.slice().sort((a, b) => groups.get(b)!.mentions - groups.get(a)!.mentions || cmp(a, b));
  const gaz = gazetteer();
  for (const key of ordered) {
    const g = groups.get(key)!;
    const name = key.slice(key.indexOf("|") + 1);
    if (name.length < 4) continue;
    const sk = `${g.kind}|${spellingKey(name)}`;
    const first = bySpelling.get(sk);
    if (!first) {
      bySpelling.set(sk, key);
      continue;
    }
    // Two gazetteer places with different canonical names are different places.
    const a = gaz.places.get(name);
    const b = gaz.places.get(first.slice(first.indexOf("|") + 1));
    if (a && b && a.name !== b.name) continue;
    rep.set(key, first);
    rule.set(key, "spelling");
  }
  // Truncated spellings ("Tartou" for "Tartous"): one letter missing at the end, five letters or more.
  const byPrefix = new Map<string, string>();
  for (const key of ordered) {
    if (rep.has(key)) continue;
    const g = groups.get(key)!;
    const sk = spellingKey(key.slice(key.indexOf("|") + 1));
    if (sk.length >= 6 && g.kind === "place") byPrefix.set(`${g.kind}|${sk.slice(0, -1)}`, key);
  }
  for (const key of ordered) {
    if (rep.has(key)) continue;
    const g = groups.get(key)!;
    const sk = spellingKey(key.slice(key.indexOf("|") + 1));
    const target = byPrefix.get(`${g.kind}|${sk}`);
    if (target && target !== key && sk.length >= 5 && !gaz.places.has(key.slice(key.indexOf("|") + 1))) {
      rep.set(key, target);
      rule.set(key, "truncation");
    }
  }
  // Lone surnames join the one full name ending with them.
  const fullBySurname = new Map<string, string[]>();
  for (const key of keys) {
    if (!key.startsWith("person|") || rep.has(key)) continue;
    const parts = key.slice(7).split(" ");
    if (parts.length < 2) continue;
    const list = fullBySurname.get(parts[parts.length - 1]!) ?? [];
    list.push(key);
    fullBySurname.set(parts[parts.length - 1]!, list);
  }
  for (const key of keys) {
    if (!key.startsWith("person|") || rep.has(key)) continue;
    const parts = key.slice(7).split(" ");
    if (parts.length !== 1) continue;
    const candidates = fullBySurname.get(parts[0]!);
    if (!candidates) continue;
    if (candidates.length === 1) {
      rep.set(key, candidates[0]!);
      rule.set(key, "surname");
    }
    else {
      // Several full names end with it: the one the corpus names five times as often as any other is meant; namesakes of comparable weight stay apart.
      const ranked = [...candidates].sort((a, b) => groups.get(b)!.mentions - groups.get(a)!.mentions || cmp(a, b));
      if (groups.get(ranked[0]!)!.mentions >= SURNAME_DOMINANCE * groups.get(ranked[1]!)!.mentions) {
        rep.set(key, ranked[0]!);
        rule.set(key, "surname-dominant");
      }
    }
  }
  // Resolve to final representatives (one hop at most by construction, but be safe).
  for (const [k, v] of rep) {
    let target = v;
    for (let hops = 0; rep.has(target) && hops < 3; hops++) target = rep.get(target)!;
    rep.set(k, target);
  }
  return { rep, rule };
}

interface EventCluster {
  type: string;
  date: string;
  actors: Set<string>;
  places: Set<string>;
  agents: Map<string, number>;
  placeCounts: Map<string, number>;
  sources: Set<string>;
  triggers: Set<string>;
  mentions: number;
}

function clusterEvents(
  docs: readonly DocumentExtraction[],
  entityOfMention: (d: number, i: number) => string | undefined,
  byId: Map<string, Entity>,
): { events: Entity[]; eventOf: Map<string, string> } {
  const clusters: EventCluster[] = [];
  const index = new Map<string, EventCluster[]>();
  const clusterOf = new Map<string, EventCluster>();
  // Mentions that name an actor or a place first: they decide which events exist; the others then join one.
  const order: Array<{ d: number; n: number; e: EventMention }> = [];
  docs.forEach((doc, d) => doc.events.forEach((e, n) => order.push({ d, n, e })));
  const hasActor = (e: EventMention) => e.agent !== undefined || e.place !== undefined || e.participants.length > 0 || e.speaker !== undefined;
  order.sort((a, b) => Number(hasActor(b.e)) - Number(hasActor(a.e)) || a.d - b.d || a.n - b.n);
  // Undated events (read off the parse, with a named participant or place): nothing says two articles report the same one, so they group within an article only.
  const undated = new Map<string, EventCluster[]>();
  for (const { d, n, e } of order) {
    const doc = docs[d]!;
    const agent = e.agent !== undefined ? entityOfMention(d, e.agent) : undefined;
    const place = e.place !== undefined ? entityOfMention(d, e.place) : undefined;
    const actors = new Set<string>();
    if (agent) actors.add(agent);
    if (e.speaker !== undefined) {
      const s = entityOfMention(d, e.speaker);
      if (s) actors.add(s);
    }
    for (const p of e.participants) {
      const id = entityOfMention(d, p);
      if (id) actors.add(id);
    }
    if (!e.date) {
      if (actors.size === 0 && place === undefined) continue;
      const key = `${doc.doc}|${e.type}`;
      const list = undated.get(key) ?? [];
      let cluster = list.find((c) => [...actors].some((a) => c.actors.has(a)) || (place !== undefined && c.places.has(place)));
      if (!cluster) {
        cluster = { type: e.type, date: "", actors: new Set(), places: new Set(), agents: new Map(), placeCounts: new Map(), sources: new Set(), triggers: new Set(), mentions: 0 };
        list.push(cluster);
        undated.set(key, list);
        clusters.push(cluster);
      }
      actors.forEach((a) => cluster.actors.add(a));
      if (place) {
        cluster.places.add(place);
        cluster.placeCounts.set(place, (cluster.placeCounts.get(place) ?? 0) + 1);
      }
      if (agent) cluster.agents.set(agent, (cluster.agents.get(agent) ?? 0) + 1);
      cluster.sources.add(doc.doc);
      cluster.triggers.add(e.trigger);
      cluster.mentions++;
      clusterOf.set(`${d}:${n}`, cluster);
      continue;
    }
    const candidates = index.get(e.type) ?? [];
    const compatibleOnes = candidates.filter((c) => compatible(c.date, e.date!));
    let match = compatibleOnes.find((c) => {
      // Talks in Geneva and talks at Hmeimim are two events, even on one day with one participant.
      if (place && c.places.size > 0 && !c.places.has(place) && isSpecific(place, byId) && [...c.places].some((p) => isSpecific(p, byId))) return false;
      // Within one article, the same class on the same date is one event.
      if (c.sources.has(doc.doc) && c.date === e.date) return true;
      return [...actors].some((a) => c.actors.has(a)) || (place !== undefined && c.places.has(place));
    });
    // A mention that names nobody joins the one event it can be.
    if (!match && actors.size === 0 && place === undefined) {
      const sameDoc = compatibleOnes.filter((c) => c.sources.has(doc.doc));
      match = sameDoc.length === 1 ? sameDoc[0] : compatibleOnes.length === 1 ? compatibleOnes[0] : undefined;
    }
    const cluster = match ?? {
      type: e.type, date: e.date, actors: new Set<string>(), places: new Set<string>(), agents: new Map(), placeCounts: new Map(),
      sources: new Set<string>(), triggers: new Set<string>(), mentions: 0,
    };
    if (!match) {
      clusters.push(cluster);
      index.set(e.type, [...candidates, cluster]);
    }
    if (e.date.length > cluster.date.length) cluster.date = e.date;
    actors.forEach((a) => cluster.actors.add(a));
    if (place) {
      cluster.places.add(place);
      cluster.placeCounts.set(place, (cluster.placeCounts.get(place) ?? 0) + 1);
    }
    if (agent) cluster.agents.set(agent, (cluster.agents.get(agent) ?? 0) + 1);
    cluster.sources.add(doc.doc);
    cluster.triggers.add(e.trigger);
    cluster.mentions++;
    clusterOf.set(`${d}:${n}`, cluster);
  }
  const used = new Set<string>();
  const idOf = new Map<EventCluster, string>();
  const events: Entity[] = [];
  for (const c of clusters) {
    // Named by its agent, else by the participant it names first.
    const agent = top(c.agents, byId, (e) => (e.kind === "person" ? 1 : 0)) ?? [...c.actors].filter((a) => byId.has(a)).sort(cmp)[0];
    const place = top(c.placeCounts, byId, (e) => (isSpecific(e.id, byId) ? 1 : 0));
    const classLabel = CLASS_LABELS.get(c.type) ?? c.type;
    const who = agent ? byId.get(agent)!.label : undefined;
    const where = place ? byId.get(place)!.label : undefined;
    const label = `${classLabel}${who ? `: ${who}` : ""}${where ? `${who ? "," : ":"} ${where}` : ""}${c.date ? ` (${c.date})` : ""}`;
    // An undated event belongs to its one article: the article's id keeps its key stable whatever else the corpus holds.
    const id = uniqueId(`event:${c.type}-${c.date || `in-${slug([...c.sources][0] ?? "")}`}${who ? `-${slug(who)}` : where ? `-${slug(where)}` : ""}`, used);
    idOf.set(c, id);
    events.push({
      id,
      kind: "event",
      label,
      aliases: [...c.triggers].sort(),
      sources: [...c.sources].sort(),
      mentions: c.mentions,
      origin: "extracted",
      ...(c.date ? { date: c.date } : {}),
      eventType: c.type,
    });
  }
  const eventOf = new Map<string, string>();
  for (const [k, c] of clusterOf) eventOf.set(k, idOf.get(c)!);
  return { events, eventOf };
}

function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** A place more precise than a country or region. */
function isSpecific(id: string, byId: Map<string, Entity>): boolean {
  const e = byId.get(id);
  if (!e) return false;
  const entry = gazetteer().places.get(e.label.toLowerCase());
  return !(entry && (entry.type === "country" || entry.type === "region"));
}

function top(counts: Map<string, number>, byId: Map<string, Entity>, bonus: (e: Entity) => number): string | undefined {
  let best: string | undefined;
  let score = -1;
  for (const [id, n] of [...counts].sort((a, b) => cmp(a[0], b[0]))) {
    const e = byId.get(id);
    if (!e) continue;
    const s = n + bonus(e) * 1000;
    if (s > score) (best = id), (score = s);
  }
  return best;
}

function pickLabel(names: Map<string, number>): string {
  let best = "";
  let bestScore = -1;
  for (const [name, n] of names) {
    // Prefer the most frequent form; written with capitals over lower-cased; then the longer, then alphabetical.
    const score = n * 10 + (/\p{Lu}/u.test(name) ? 5 : 0);
    if (score > bestScore || (score === bestScore && (name.length > best.length || (name.length === best.length && name < best)))) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

function aliasesOf(label: string, surfaces: Set<string>): string[] {
  return distinctForms([label, ...surfaces]);
}


function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
