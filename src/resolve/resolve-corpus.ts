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
import { fullNameLabel } from "./person-label.js";
import type {
  Claim,
  DocumentExtraction,
  Entity,
  EntityKind,
  EventMention,
  Evidence,
  Mention,
  MergeRecord,
  MentionRef,
  Predicate,
  ResolvedCorpus,
  Triple,
} from "../schema/index.js";
import { MAX_EVIDENCE, predicateAccepts, slug, tripleId, uniqueId } from "../schema/index.js";
import {
  EVENT_CLASSES,
  GIVEN_NAMES,
  KNOWN_ACRONYMS,
  NAME_HONORIFICS,
  PEERAGE_TITLES,
  SURNAME_PARTICLES,
  TITLES_BY_FIRST,
  acronymKey,
  distinctForms,
  gazetteer,
  givenNameGender,
  honorificGender,
  isGivenName,
  initialsOf,
  isAcronymShape,
  nameKey as plainNameKey,
  spellingKey,
  type Gender,
} from "../lexicon/index.js";
import { mergeEvidence } from "./triples.js";

interface Group {
  kind: EntityKind;
  key: string;
  /** The names it is counted under and how often: short lists (most groups have one or two), indexed once they grow. */
  names: string[];
  counts: number[];
  nameIndex: Map<string, number> | undefined;
  /** Surface forms: a list while short, then a set (`formsOf`). */
  surfaces: string[];
  surfaceSet: Set<string> | undefined;
  /** Articles, in order and without repeats unless `mixed` (then deduplicated and sorted when the node is made). */
  sources: string[];
  mixed: boolean;
  mentions: number;
  /** Made on the first role seen: most names come without one. */
  roles: Set<string> | undefined;
  canonical?: string;
  /** `pickLabel(names)`, once `names` is complete (after the first pass). */
  picked?: string;
  /** A surname written with a gendered title ("Mrs Vellmar"), keyed apart from the bare surname. */
  gender?: Gender;
  mergedFrom?: MergeRecord[];
  /** The last article added to `sources`: mentions come article by article, so most adds repeat it. */
  lastSource?: string;
}

const CLASS_LABELS = new Map(EVENT_CLASSES.map((c) => [c.name, c.label]));

// Names repeat across a corpus ("Reuters" in every article): their keys are computed once.
let keyMemo = new Map<string, string>();
function nameKey(name: string): string {
  let k = keyMemo.get(name);
  if (k === undefined) {
    if (keyMemo.size > 500_000) keyMemo = new Map();
    k = plainNameKey(name);
    keyMemo.set(name, k);
  }
  return k;
}

// Likewise the initials of an organization's name, and a person's name read into its parts (callers never change the result).
let initialsMemo = new Map<string, string[]>();
function initialsOfName(name: string): string[] {
  let k = initialsMemo.get(name);
  if (k === undefined) {
    if (initialsMemo.size > 200_000) initialsMemo = new Map();
    k = initialsOf(name);
    initialsMemo.set(name, k);
  }
  return k;
}
let spellingMemo = new Map<string, string>();
function spellingOfName(name: string): string {
  let k = spellingMemo.get(name);
  if (k === undefined) {
    if (spellingMemo.size > 500_000) spellingMemo = new Map();
    k = spellingKey(name);
    spellingMemo.set(name, k);
  }
  return k;
}

export interface ResolveOptions {
  /**
   * Pairs of names (or node keys, "person:gordon-vellmar") that name different
   * things: resolution never puts the two in one node, not even through a third
   * name (the curated file's `distinct` list).
   */
  distinct?: ReadonlyArray<readonly [string, string]>;
}

export function resolveCorpus(input: readonly DocumentExtraction[], options: ResolveOptions = {}): ResolvedCorpus {
  // Articles in id order: the graph depends on which articles there are, not on the order they came in.
  const docs = [...input].sort((a, b) => cmp(a.doc, b.doc));
  const distinct = distinctIndex(options.distinct ?? []);
  const groups = new Map<string, Group>();
  const buckets = new Map<string, Map<string, Group>>();
  const groupOf: Array<Array<string | undefined>> = docs.map((d) => new Array<string | undefined>(d.mentions.length));
  // Merges decided inside one article (an acronym it defines, a title it gives): recorded on the node they join.
  const local = new Map<string, { target: string; kind: EntityKind; form: string; docs: Set<string>; rule: MergeRecord["rule"] }>();
  // Expansions each acronym has in the corpus (defined, or named in the same article), by acronym key and kind.
  const expansions = new Map<string, Map<string, number>>();

  // 1. Keys within kinds.
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    const plan = planArticle(doc, distinct);
    const docGroups = groupOf[d]!;
    for (let i = 0; i < doc.mentions.length; i++) {
      const m = doc.mentions[i]!;
      const p = plan.mentions[i];
      if (p === null) continue;
      const kind = p?.kind ?? m.kind;
      const base = p?.base ?? m.canonical ?? m.ref ?? m.name;
      const name = nameKey(base);
      if (!name) continue;
      // Groups by kind (and suffix), then by name key: the memoised name key is one string object per form, so no key string is built per mention.
      const suffix = p?.suffix;
      const bucketKey = suffix ? kind + suffix : kind;
      let bucket = buckets.get(bucketKey);
      if (!bucket) buckets.set(bucketKey, (bucket = new Map()));
      let g = bucket.get(name);
      if (!g) {
        const key = `${kind}|${name}${suffix ?? ""}`;
        g = emptyGroup(kind, key, p?.gender || undefined);
        bucket.set(name, g);
        groups.set(key, g);
      }
      const key = g.key;
      addMention(g, m, p, doc.doc, base);
      docGroups[i] = key;
      if (p?.rule) {
        const id = `${key}\u0000${p.form}\u0000${p.rule}`;
        const rec = local.get(id) ?? { target: key, kind, form: p.form!, docs: new Set<string>(), rule: p.rule };
        rec.docs.add(doc.doc);
        local.set(id, rec);
      }
    }
    for (const [acr, target] of plan.expansions) {
      const map = expansions.get(acr) ?? new Map<string, number>();
      map.set(target, (map.get(target) ?? 0) + 1);
      expansions.set(acr, map);
    }
  }

  // 2. Merge spelling variants, short forms of names and acronyms into one representative per group.
  const { rep, rule, keys, noRedirect } = mergeVariants(groups, distinct, expansions, { docs, groupOf, distinct });
  // Representatives, in key order: each becomes a node, and the groups it absorbed are added to it in place.
  const finalGroups = new Map<string, Group>();
  for (const key of keys) if (!rep.has(key)) finalGroups.set(key, groups.get(key)!);
  // In key order, unless a join went to a key no group has (then sorted below).
  let unordered = false;
  // The key each absorbed group would have had, to redirect it: filled once the ids exist.
  const absorbed: Array<{ kind: EntityKind; label: string; target: string }> = [];
  for (const key of keys) {
    const target = rep.get(key);
    if (target === undefined) continue;
    const g = groups.get(key)!;
    const into = finalGroups.get(target);
    if (!into) {
      unordered = true;
      finalGroups.set(target, { ...g, key: target, surfaces: [...g.surfaces], surfaceSet: g.surfaceSet && new Set(g.surfaceSet), sources: [...g.sources], roles: g.roles && new Set(g.roles) });
      continue;
    }
    const form = g.canonical ?? pickedLabel(g);
    (into.mergedFrom ??= []).push({ form, docs: sourcesOf(g), rule: rule.get(key) ?? "spelling" });
    if (!noRedirect.has(key)) {
      absorbed.push({ kind: g.kind, label: form, target });
      if (keyName(key) !== nameKey(form)) absorbed.push({ kind: g.kind, label: keyName(key), target });
    }
    for (const s of formsOf(g)) addForm(into, s);
    for (const s of g.sources) into.sources.push(s);
    into.mixed = true;
    if (g.roles) for (const s of g.roles) (into.roles ??= new Set()).add(s);
    into.mentions += g.mentions;
    // A lone surname's canonical name (a place's, "Jackson") does not name the person it joined.
    if (!(g.kind === "person" && g.canonical !== undefined && !readPersonName(g.canonical)?.hasGiven)) into.canonical ??= g.canonical;
  }
  // Merges decided inside articles (an acronym an article defines or spells out).
  for (const r of [...local.values()].sort((a, b) => cmp(a.target, b.target) || cmp(a.form, b.form) || cmp(a.rule, b.rule))) {
    const target = rep.get(r.target) ?? r.target;
    const into = finalGroups.get(target);
    if (!into) continue;
    (into.mergedFrom ??= []).push({ form: r.form, docs: [...r.docs].sort(), rule: r.rule });
    absorbed.push({ kind: r.kind, label: r.form, target });
  }
  const entityIdOf = new Map<string, string>();
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  const nodes = [...finalGroups.values()];
  if (unordered) nodes.sort((a, b) => cmp(a.key, b.key));
  for (const g of nodes) {
    // The label comes from the representative's own names: a surname it absorbed is not its name;
    // a person's is the full name among them ("Mia Hamm", not the more frequent "Hamm").
    const picked = g.canonical ?? pickedLabel(g);
    const label = g.kind === "person" && g.canonical === undefined ? fullNameLabel(picked, g.names, g.counts) : picked;
    if (label !== picked) absorbed.push({ kind: g.kind, label: picked, target: g.key });
    const id = uniqueId(`${g.kind}:${slug(label)}`, usedIds);
    entityIdOf.set(g.key, id);
    entities.push({
      id,
      kind: g.kind,
      label,
      aliases: aliasesOf(label, formsOf(g)),
      sources: sourcesOf(g),
      mentions: g.mentions,
      origin: "extracted",
      ...(g.roles && g.roles.size > 0 ? { roles: [...g.roles].sort() } : {}),
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

// ── curated `distinct` pairs ─────────────────────────────────────────────────

interface DistinctIndex {
  /** Whether some pair has one side named by one of `names` and the other by `other`. */
  apart(names: ReadonlyArray<string | undefined>, other: string): boolean;
  /** The pair sides ("3:0") a group is named by: its key, label or node key. */
  tagsOf(g: Group, label: string): string[];
  size: number;
}

const NODE_KEY = /^(person|place|force|organization|event):(\S+)$/;

function distinctIndex(pairs: ReadonlyArray<readonly [string, string]>): DistinctIndex {
  // Side tags by name key, and by node key ("person:gordon-vellmar").
  const byName = new Map<string, string[]>();
  const byNode = new Map<string, string[]>();
  pairs.forEach((pair, n) => {
    pair.forEach((name, side) => {
      const node = NODE_KEY.exec(name.trim());
      const [map, key] = node ? [byNode, `${node[1]}:${node[2]}`] : [byName, nameKey(name)];
      if (!key) return;
      const list = map.get(key) ?? [];
      list.push(`${n}:${side}`);
      map.set(key, list);
    });
  });
  const conflict = (a: Iterable<string>, b: ReadonlySet<string>) => {
    for (const t of a) if (b.has(otherSide(t))) return true;
    return false;
  };
  return {
    size: pairs.length,
    apart(names, other) {
      if (pairs.length === 0) return false;
      const theirs = new Set(byName.get(nameKey(other)) ?? []);
      if (theirs.size === 0) return false;
      return names.some((n) => n !== undefined && conflict(byName.get(nameKey(n)) ?? [], theirs));
    },
    tagsOf(g, label) {
      if (pairs.length === 0) return [];
      const name = keyName(g.key);
      const tags = new Set<string>();
      for (const k of [name, nameKey(label)]) for (const t of byName.get(k) ?? []) tags.add(t);
      for (const k of [`${g.kind}:${slug(label)}`, `${g.kind}:${slug(name)}`]) for (const t of byNode.get(k) ?? []) tags.add(t);
      return [...tags];
    },
  };
}

function otherSide(tag: string): string {
  return tag.endsWith(":0") ? `${tag.slice(0, -2)}:1` : `${tag.slice(0, -2)}:0`;
}

/** The name part of a group key: "person|vellmar#f" → "vellmar"; an article's share of a surname ("person|vellmar\u0001person|gordon vellmar") → "vellmar". */
function keyName(key: string): string {
  const cut = key.indexOf(SHARE);
  return key.slice(key.indexOf("|") + 1, cut < 0 ? undefined : cut).replace(/#[fm]$/, "");
}

/** Separates a surname's key from the full name its articles' share went to. */
const SHARE = "\u0001";

/**
 * Joins of group keys into representatives. A join goes to the target's
 * representative and is refused when it would put both sides of a curated
 * `distinct` pair in one group, whichever names brought them there.
 */
class Merger {
  readonly rep = new Map<string, string>();
  readonly rule = new Map<string, MergeRecord["rule"]>();
  private readonly tags = new Map<string, Set<string>>();
  /** Mentions of a representative with everything joined into it so far. */
  private readonly weights = new Map<string, number>();
  /** Representatives that some other key joined. */
  private readonly hosts = new Set<string>();

  constructor(private readonly groups: Map<string, Group>, distinct: DistinctIndex) {
    if (distinct.size === 0) return;
    for (const [key, g] of groups) {
      const t = distinct.tagsOf(g, g.canonical ?? pickedLabel(g));
      if (t.length > 0) this.tags.set(key, new Set(t));
    }
  }

  root(key: string): string {
    let k = key;
    for (let hops = 0; this.rep.has(k) && hops < 64; hops++) k = this.rep.get(k)!;
    return k;
  }

  joined(key: string): boolean {
    return this.rep.has(key);
  }

  /** Whether some other key has joined `key`. */
  hasJoined(key: string): boolean {
    return this.hosts.has(key);
  }

  /** A group made after the start (an article's share of a surname), with its `distinct` tags. */
  register(g: Group, distinct: DistinctIndex): void {
    if (distinct.size === 0) return;
    const t = distinct.tagsOf(g, g.canonical ?? pickedLabel(g));
    if (t.length > 0) this.tags.set(g.key, new Set(t));
  }

  /** Mentions of the node `key` is in so far: its own and those of every name joined into it. */
  weight(key: string): number {
    const root = this.root(key);
    return this.weights.get(root) ?? this.groups.get(root)?.mentions ?? 0;
  }

  /** Whether joining `key` into `target` is allowed. */
  allowed(key: string, target: string): boolean {
    const a = this.tags.get(this.root(key));
    const b = this.tags.get(this.root(target));
    if (!a || !b) return true;
    for (const t of a) if (b.has(otherSide(t))) return false;
    return true;
  }

  join(key: string, target: string, rule: MergeRecord["rule"]): boolean {
    const from = this.root(key);
    const to = this.root(target);
    if (from === to || !this.allowed(from, to)) return false;
    this.weights.set(to, this.weight(to) + this.weight(from));
    this.hosts.add(to);
    this.rep.set(from, to);
    this.rule.set(from, rule);
    const t = this.tags.get(from);
    if (t) {
      const into = this.tags.get(to) ?? new Set<string>();
      t.forEach((x) => into.add(x));
      this.tags.set(to, into);
    }
    return true;
  }

  /** Every joined key → its final representative. */
  finish(): Map<string, string> {
    const out = new Map<string, string>();
    for (const k of this.rep.keys()) out.set(k, this.root(k));
    return out;
  }
}

/** A full name with this many times the mentions of any other with the same surname takes the lone surname. */
const SURNAME_DOMINANCE = 5;

function mergeVariants(
  groups: Map<string, Group>,
  distinct: DistinctIndex,
  expansions: Map<string, Map<string, number>>,
  articles?: Articles,
): { rep: Map<string, string>; rule: Map<string, MergeRecord["rule"]>; keys: string[]; noRedirect: ReadonlySet<string> } {
  const merger = new Merger(groups, distinct);
  const bySpelling = new Map<string, string>();
  let keys = [...groups.keys()].sort();
  // Spelling variants within a kind; the most mentioned group is the representative.
  // Sorted by position in `keys` (already in key order) rather than by comparing the strings again.
  // The groups beside their keys, so the passes below read an array rather than the map.
  const inOrder = keys.map((k) => groups.get(k)!);
  const ordered = keys.map((_, i) => i).sort((a, b) => inOrder[b]!.mentions - inOrder[a]!.mentions || a - b);
  const gaz = gazetteer();
  const spelling: Array<string | undefined> = new Array(keys.length);
  const spellingOf = (i: number) => (spelling[i] ??= spellingOfName(keys[i]!.slice(keys[i]!.indexOf("|") + 1)));
  for (const i of ordered) {
    const key = keys[i]!;
    const g = inOrder[i]!;
    const name = key.slice(key.indexOf("|") + 1);
    if (name.length < 4 || g.gender) continue;
    const sk = `${g.kind}|${spellingOf(i)}`;
    const first = bySpelling.get(sk);
    if (!first) {
      bySpelling.set(sk, key);
      continue;
    }
    // Two gazetteer places with different canonical names are different places.
    const a = gaz.places.get(name);
    const b = gaz.places.get(first.slice(first.indexOf("|") + 1));
    if (a && b && a.name !== b.name) continue;
    merger.join(key, first, "spelling");
  }
  // Truncated spellings ("Tartou" for "Tartous"): one letter missing at the end, five letters or more.
  const byPrefix = new Map<string, string>();
  for (const i of ordered) {
    const key = keys[i]!;
    if (merger.joined(key)) continue;
    const g = inOrder[i]!;
    if (g.kind !== "place") continue;
    const sk = spellingOf(i);
    if (sk.length >= 6) byPrefix.set(`${g.kind}|${sk.slice(0, -1)}`, key);
  }
  for (const i of ordered) {
    const key = keys[i]!;
    if (merger.joined(key)) continue;
    const g = inOrder[i]!;
    if (g.kind !== "place") continue;
    const sk = spellingOf(i);
    const target = byPrefix.get(`${g.kind}|${sk}`);
    if (target && target !== key && sk.length >= 5 && !gaz.places.has(key.slice(key.indexOf("|") + 1))) merger.join(key, target, "truncation");
  }

  // Acronyms: a lexicon pair, else the one expansion the corpus gives them (defined, or named beside them in an article).
  for (const [acronym, ...names] of KNOWN_ACRONYMS) {
    const present = [acronym!, ...names].map((n) => `organization|${nameKey(n)}`).filter((k) => groups.has(k) && !merger.joined(k));
    const target = present.find((k) => k !== `organization|${nameKey(acronym!)}`);
    if (target) for (const k of present) if (k !== target) merger.join(k, target, "acronym-lexicon");
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const g = inOrder[i]!;
    if (!GROUP_KINDS.has(g.kind) || merger.joined(key) || key.length - key.indexOf("|") > 17) continue;
    const label = g.canonical ?? pickedLabel(g);
    if (!isAcronymShape(label)) continue;
    const found = expansions.get(`${g.kind}|${acronymKey(label)}`);
    if (!found) continue;
    const counts = new Map<string, number>();
    for (const [k, n] of found) if (groups.has(k)) counts.set(merger.root(k), (counts.get(merger.root(k)) ?? 0) + n);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] >= SURNAME_DOMINANCE * ranked[1]![1])) merger.join(key, ranked[0]![0], "acronym");
  }

  // People: names read as title, given names and surname.
  const people = new Map<string, PersonName>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!key.startsWith("person|") || merger.joined(key)) continue;
    const g = inOrder[i]!;
    const p = readPersonName(g.canonical ?? pickedLabel(g));
    if (p) people.set(key, g.gender ? { ...p, gender: g.gender } : p);
  }
  // "Sir Gordon Vellmar", "Baron Gordon Vellmar": the full name they title.
  for (const [key, p] of people) {
    if (!p.title || !p.hasGiven) continue;
    const target = `person|${p.full}`;
    if (target !== key && groups.has(target) && merger.join(key, target, isPeer(p.title) ? "peerage" : "honorific")) people.delete(key);
  }
  joinMiddleNames(people, merger);
  // Lone surnames ("Vellmar", "Mr Vellmar", "Lord Vellmar", "Baron Vellmar of Ashby", "de Mistura") join the one full name ending with them,
  // or the one the corpus names five times as often as any other; a title's gender rules out the names of the other.
  const fullBySurname = new Map<string, string[]>();
  for (const [key, p] of people) {
    if (!p.hasGiven || merger.joined(key)) continue;
    const list = fullBySurname.get(p.surname) ?? [];
    list.push(key);
    fullBySurname.set(p.surname, list);
  }
  // Weighed with the names joined into them so far ("George Bush" into "George W Bush"), taken once so that the surnames joined below do not weigh in.
  const weights = new Map<string, number>();
  for (const list of fullBySurname.values()) for (const k of list) weights.set(k, merger.weight(k));
  const mentionsOf = (k: string) => weights.get(k)!;
  for (const [key, p] of people) {
    if (p.hasGiven || merger.joined(key)) continue;
    const candidates = (fullBySurname.get(p.surname) ?? []).filter((c) => compatibleGender(p.gender, genderOf(people.get(c)!)));
    if (candidates.length === 0) continue;
    const peer = isPeer(p.title);
    if (candidates.length === 1) {
      merger.join(key, candidates[0]!, peer ? "peerage" : "surname");
      continue;
    }
    // Several full names end with it: the one the corpus names five times as often as any other is meant; namesakes of comparable weight stay apart.
    // A surname that is also a common given name ("Michael", "Paul") is too weak a clue to pick one of several.
    if (GIVEN_NAMES.has(p.surname)) continue;
    const ranked = [...candidates].sort((a, b) => mentionsOf(b) - mentionsOf(a) || cmp(a, b));
    if (mentionsOf(ranked[0]!) >= SURNAME_DOMINANCE * mentionsOf(ranked[1]!)) merger.join(key, ranked[0]!, peer ? "peerage-dominant" : "surname-dominant");
  }
  // Between namesakes, an article's own context can still name the one it means.
  let noRedirect: ReadonlySet<string> = new Set();
  if (articles) {
    const split = joinByContext(people, fullBySurname, merger, groups, articles);
    if (split.added.length > 0 || split.removed.size > 0) keys = mergeSorted(keys.filter((k) => !split.removed.has(k)), split.added.sort());
    noRedirect = split.noRedirect;
  }
  // A titled surname that joined no full name ("Mr Vellmar" in articles that never give one) is the bare surname's node, when that joined none either.
  const taken = new Map<string, Gender>();
  for (const [key, p] of people) {
    const g = groups.get(key)!;
    if (!g.gender || merger.joined(key)) continue;
    const bare = `person|${keyName(key)}`;
    if (!groups.has(bare) || merger.joined(bare)) continue;
    if (compatibleGender(g.gender, taken.get(bare)) && merger.join(key, bare, "honorific")) taken.set(bare, g.gender);
  }
  return { rep: merger.finish(), rule: merger.rule, keys, noRedirect };
}

/**
 * "George W. Bush", "George Walker Bush" and "George Bush" are one person: a
 * middle name or initial dropped or shortened, with the same given name and
 * surname. Full names of one given name and surname are grouped by their
 * middle initials; each group whose written-out middle names agree is one
 * person. A name without a middle joins the one such person, or the one with
 * five times the mentions of any other ("John A. Smith" and "John B. Smith"
 * leave "John Smith" apart). Linear in names: everything goes through maps
 * keyed by given name and surname.
 */
function joinMiddleNames(people: Map<string, PersonName>, merger: Merger): void {
  const families = new Map<string, string[]>();
  for (const [key, p] of people) {
    // Only a known given name: "Electric Credit Corp" read as a person has no middle name.
    if (!p.hasGiven || !p.given || p.title || merger.joined(key) || !isGivenName(p.given.toLowerCase())) continue;
    const given = nameKey(p.given);
    if (given) push(families, `${given}\u0000${p.surname}`, key);
  }
  for (const members of families.values()) {
    if (members.length < 2 || !members.some((k) => people.get(k)!.middles.length > 0)) continue;
    const bare: string[] = [];
    const bySignature = new Map<string, string[]>();
    for (const k of members) {
      const middles = people.get(k)!.middles;
      if (middles.length === 0) bare.push(k);
      else push(bySignature, middles.map((m) => m.initials).join(""), k);
    }
    // The people these names can be: one per set of initials whose written-out names agree; a set whose names disagree ("John Albert" and "John Arthur") is one person per name.
    const persons: string[][] = [];
    for (const list of bySignature.values()) {
      if (agreeingMiddles(list.map((k) => people.get(k)!.middles))) persons.push(list);
      else for (const k of list) persons.push([k]);
    }
    const reps = persons.map((list) => {
      const rep = [...list].sort((a, b) => merger.weight(b) - merger.weight(a) || cmp(a, b))[0]!;
      for (const k of list) if (k !== rep) merger.join(k, rep, "middle-initial");
      return rep;
    });
    if (bare.length === 0) continue;
    const ranked = reps.map((k) => [k, merger.weight(k)] as const).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    if (ranked.length === 1 || ranked[0]![1] >= SURNAME_DOMINANCE * ranked[1]![1]) for (const k of bare) merger.join(k, ranked[0]![0], "middle-initial");
  }
}

/** Whether middle names with the same initials never spell out two different names at one position. */
function agreeingMiddles(all: readonly MiddleName[][]): boolean {
  const spelled = new Map<number, string>();
  for (const middles of all) {
    for (let i = 0; i < middles.length; i++) {
      const name = middles[i]!.name;
      if (!name) continue;
      const seen = spelled.get(i);
      if (seen !== undefined && seen !== name) return false;
      spelled.set(i, name);
    }
  }
  return true;
}

interface Articles {
  docs: readonly DocumentExtraction[];
  /** Per article and mention, the key of the group it went to (undefined: none). */
  groupOf: Array<Array<string | undefined>>;
  distinct: DistinctIndex;
}

/** An article's context names a namesake when it shares this many nodes with the namesake's articles… */
const CONTEXT_MIN_SHARED = 2;
/** …and this many times as many as with any other namesake's. */
const CONTEXT_MARGIN = 2;
/** Nodes of one article taken as its context (in order of first mention): keeps the work linear in mentions. */
const CONTEXT_MAX_NODES = 64;

/**
 * A lone surname left between namesakes ("Williams", with two or more full
 * names of that surname and none dominant) is read article by article: each
 * article's share goes to the namesake whose own articles name the same
 * people, parties, places and organizations — at least two of them, and
 * twice as many as any other namesake's — or to the one namesake the article
 * itself names. Articles whose context supports no one namesake clearly keep
 * the surname's node. The namesakes' profiles are built once, from the
 * articles that name them before this step, so no decision depends on
 * another or on the order of the articles. Peers' titles ("Lord X") are
 * left alone, and a surname that is also a given name ("Henry") in an
 * article naming someone with that given name.
 */
function joinByContext(
  people: Map<string, PersonName>,
  fullBySurname: Map<string, string[]>,
  merger: Merger,
  groups: Map<string, Group>,
  articles: Articles,
): { added: string[]; removed: Set<string>; noRedirect: Set<string> } {
  const added: string[] = [];
  const removed = new Set<string>();
  const noRedirect = new Set<string>();
  const { docs, groupOf, distinct } = articles;
  // The short names left between namesakes, with the full names they can be.
  const open = new Map<string, string[]>();
  const candidates = new Set<string>();
  for (const [key, p] of people) {
    // A surname that other names joined (a spelling variant) keeps them: it is not split.
    if (p.hasGiven || merger.joined(key) || merger.hasJoined(key) || isPeer(p.title)) continue;
    // A lone country or region read as a person ("Europe" beside "Nintendo Europe") is more likely the place than anyone's surname.
    const place = gazetteer().places.get(p.surname);
    if (place && (place.type === "country" || place.type === "region")) continue;
    const list = (fullBySurname.get(p.surname) ?? []).filter((c) => !merger.joined(c) && compatibleGender(p.gender, genderOf(people.get(c)!)));
    if (list.length < 2) continue;
    open.set(key, list);
    for (const c of list) candidates.add(c);
  }
  if (open.size === 0) return { added, removed, noRedirect };
  const surnameOfShort = (root: string) => {
    const p = people.get(root);
    return p && !p.hasGiven ? p.surname : undefined;
  };
  const indexOf = new Map<string, number[]>();
  docs.forEach((doc, d) => push(indexOf, doc.doc, d));
  // The nodes each article names, by representative, in order of first mention (made once per article that needs them).
  const nodesIn = new Map<number, string[]>();
  const nodesOf = (d: number): string[] => {
    let list = nodesIn.get(d);
    if (list) return list;
    const seen = new Set<string>();
    for (const key of groupOf[d]!) {
      if (key === undefined) continue;
      const root = merger.root(key);
      if (!seen.has(root)) seen.add(root);
    }
    list = [...seen];
    nodesIn.set(d, list);
    return list;
  };
  // Each namesake's profile: the nodes named in its articles, other than itself and lone surnames of its own surname.
  const profiles = new Map<string, Set<string>>();
  const articlesOf = new Map<string, Set<number>>();
  // The titles each namesake is written with ("Dr", "Professor"): an article's "Dr Vellmar" is none of the others.
  const titlesOf = new Map<string, string[]>();
  // Likewise the roles ("President", "Chancellor"): "President Vellmar" is not the namesake never called president.
  const rolesOf = new Map<string, string[]>();
  for (const [key, g] of groups) {
    if (g.kind !== "person") continue;
    const root = merger.root(key);
    // Only the articles that name it in full: a surname joined to it before is no evidence of its company.
    if (!candidates.has(root) || !fullName(g)) continue;
    let set = articlesOf.get(root);
    if (!set) articlesOf.set(root, (set = new Set()));
    for (const id of g.sources) for (const d of indexOf.get(id) ?? []) set.add(d);
    for (const form of formsOf(g)) {
      const t = titleOf(form);
      if (t) push(titlesOf, root, t);
    }
    if (g.roles) for (const r of g.roles) push(rolesOf, root, r.toLowerCase());
  }
  for (const [root, ds] of articlesOf) {
    const surname = people.get(root)!.surname;
    const profile = new Set<string>();
    for (const d of ds) {
      let n = 0;
      for (const other of nodesOf(d)) {
        if (n >= CONTEXT_MAX_NODES) break;
        if (other === root || surnameOfShort(other) === surname) continue;
        profile.add(other);
        n++;
      }
    }
    profiles.set(root, profile);
  }
  // Each article of each open surname: the namesake it names, if it names one clearly. All decisions first, then the splits, so none sees another's.
  const choices = new Map<string, Map<number, string>>();
  const choose = (key: string, d: number, pick: string) => {
    if (!merger.allowed(key, pick)) return;
    let map = choices.get(key);
    if (!map) choices.set(key, (map = new Map()));
    map.set(d, pick);
  };
  const scored: Array<{ key: string; d: number; list: string[]; context: string[] }> = [];
  for (const [key, all] of open) {
    const g = groups.get(key)!;
    const surname = people.get(key)!.surname;
    const name = keyName(key);
    const seen = new Set<number>();
    for (const id of g.sources) {
      for (const d of indexOf.get(id) ?? []) {
        if (seen.has(d)) continue;
        seen.add(d);
        const doc = docs[d]!;
        // What the article says of the surname's gender: a title ("Ms Vellmar") or a pronoun standing for it.
        const genders = new Set<Gender>();
        const forms = new Set<string>();
        const titles = new Set<string>();
        const roles = new Set<string>();
        const keysOfDoc = groupOf[d]!;
        for (let i = 0; i < doc.mentions.length; i++) {
          const k = keysOfDoc[i];
          if (k === undefined || !k.startsWith("person|") || keyName(k) !== name) continue;
          const other = groups.get(k);
          if (other?.gender && !k.includes(SHARE)) genders.add(other.gender);
          const m = doc.mentions[i]!;
          const pronoun = m.anaphor ? PRONOUN_GENDER.get(m.text.toLowerCase()) : undefined;
          if (pronoun) genders.add(pronoun);
          if (!m.anaphor && !m.implicit) forms.add(m.name);
          const t = m.surface && !m.anaphor ? titleOf(m.surface) : undefined;
          if (t && !honorificGender(t)) titles.add(t);
          if (m.role && !m.anaphor) roles.add(m.role.toLowerCase());
        }
        if (genders.size > 1) continue;
        const gender = genders.size === 1 ? [...genders][0] : undefined;
        const list = all.filter((c) => compatibleGender(gender, genderOf(people.get(c)!)));
        if (list.length === 0) continue;
        // A full name with this surname in the text ("Aston Villa's Carlton Cole" that the extractor read as "Cole"): that person or no one.
        // The surname written before another name ("Howard Baker", "Wang Chao-Ming"): here it is a first name or a family name put first, so no one.
        if (followedByName(doc, forms)) continue;
        const given = givenNamesBefore(doc, forms);
        if (given.size > 0) {
          const named = list.filter((c) => {
            const first = nameKey(people.get(c)!.given ?? "");
            return given.has(first) || given.has(`${first[0]}.`);
          });
          if (named.length === 1 && given.size === 1) choose(key, d, named[0]!);
          continue;
        }
        const nodes = nodesOf(d);
        // A surname that is also a given name ("Henry") may be someone's first name in an article that names "Henry Vellmar": no one, then.
        if (GIVEN_NAMES.has(surname) && keysOfDoc.some((k) => k !== undefined && k.startsWith("person|") && givenKeyOf(groups.get(k)) === surname)) continue;
        // The namesakes the article itself names in full (not through a surname joined before).
        const present = list.filter((c) => nodes.includes(c) && keysOfDoc.some((k) => k !== undefined && merger.root(k) === c && fullName(groups.get(k))));
        if (present.length === 1) choose(key, d, present[0]!);
        // Read by context alone, a title or role the article gives the surname must be one the namesake is written with.
        const titled = list.filter((c) => [...titles].every((t) => titlesOf.get(c)?.includes(t)) && [...roles].every((r) => rolesOf.get(c)?.includes(r)));
        if (present.length === 0 && titled.length > 0) scored.push({ key, d, list: titled, context: contextOf(nodes, key, surname, surnameOfShort) });
      }
    }
  }
  // The rest by context: the nodes the article shares with each namesake's articles, each weighed by how few articles name it (a country or a big party says little).
  const needed = new Set<string>();
  for (const t of scored) for (const x of t.context) needed.add(x);
  const members = new Map<string, Group[]>();
  for (const [k, g] of groups) {
    const root = merger.root(k);
    if (needed.has(root)) push(members, root, g);
  }
  const articlesNaming = new Map<string, number>();
  for (const [root, list] of members) {
    // Most nodes are one group, whose list of articles is already unique; a node of several is counted through a set.
    const only = list.length === 1 && !list[0]!.mixed ? list[0]!.sources.length : new Set(list.flatMap((g) => g.sources)).size;
    articlesNaming.set(root, only);
  }
  const weightOf = (x: string) => Math.log(docs.length / Math.max(1, articlesNaming.get(x) ?? 1));
  for (const { key, d, list, context } of scored) {
    const ranked = list
      .map((c) => {
        const profile = profiles.get(c);
        let shared = 0;
        let score = 0;
        if (profile) {
          for (const x of context) {
            if (!profile.has(x)) continue;
            shared++;
            score += weightOf(x);
          }
        }
        return { c, shared, score };
      })
      .sort((a, b) => b.score - a.score || cmp(a.c, b.c));
    const best = ranked[0]!;
    const second = ranked[1]?.score ?? 0;
    if (best.shared >= CONTEXT_MIN_SHARED && best.score >= CONTEXT_MARGIN * second) choose(key, d, best.c);
  }
  const decisions = [...choices].sort((a, b) => cmp(a[0], b[0]));
  for (const [key, choice] of decisions) {
    const g = groups.get(key)!;
    // Split the surname's group: each namesake's share becomes a group of its own that joins it; the rest stays.
    const shares = new Map<string, Group>();
    const rest = emptyGroup(g.kind, g.key, g.gender);
    const seenDocs = new Set<number>();
    for (const id of g.sources) {
      for (const d of indexOf.get(id) ?? []) {
        if (seenDocs.has(d)) continue;
        seenDocs.add(d);
        const doc = docs[d]!;
        const target = choice.get(d);
        let into = rest;
        if (target !== undefined) {
          const shareKey = `${key}${SHARE}${target}`;
          let share = shares.get(shareKey);
          if (!share) shares.set(shareKey, (share = emptyGroup(g.kind, shareKey, g.gender)));
          into = share;
        }
        const plan = planArticle(doc, distinct);
        const keysOfDoc = groupOf[d]!;
        for (let i = 0; i < doc.mentions.length; i++) {
          if (keysOfDoc[i] !== key) continue;
          const m = doc.mentions[i]!;
          const p = plan.mentions[i] ?? undefined;
          addMention(into, m, p, doc.doc, p?.base ?? m.canonical ?? m.ref ?? m.name);
          keysOfDoc[i] = into.key;
        }
      }
    }
    const whole = rest.sources.length === 0 && shares.size === 1;
    if (rest.sources.length === 0) {
      groups.delete(key);
      people.delete(key);
      removed.add(key);
    } else groups.set(key, rest);
    for (const [shareKey, share] of shares) {
      groups.set(shareKey, share);
      added.push(shareKey);
      merger.register(share, distinct);
      merger.join(shareKey, shareKey.slice(shareKey.indexOf(SHARE) + 1), "surname-context");
      // The surname's old key redirects only when all of it went to one namesake.
      if (!whole) noRedirect.add(shareKey);
    }
  }
  return { added, removed, noRedirect };
}

/** The name key of a person group's first given name, if it has one. */
function givenKeyOf(g: Group | undefined): string | undefined {
  const p = g && readPersonName(g.canonical ?? pickedLabel(g));
  return p?.hasGiven && p.given ? nameKey(p.given) : undefined;
}

/** The honorific a form starts with, lower case ("dr" for "Dr. Anna Brisk"), if any. */
function titleOf(form: string): string | undefined {
  const space = form.indexOf(" ");
  if (space < 0) return undefined;
  const word = form.slice(0, space).toLowerCase().replace(/\.$/, "");
  return NAME_HONORIFICS.has(word) ? word : undefined;
}

/** Whether a group is named by a given name and surname. */
function fullName(g: Group | undefined): boolean {
  return g !== undefined && readPersonName(g.canonical ?? pickedLabel(g))?.hasGiven === true;
}

/** Pronouns that stand for a man or a woman. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ["he", "m"], ["him", "m"], ["his", "m"], ["himself", "m"],
  ["she", "f"], ["her", "f"], ["hers", "f"], ["herself", "f"],
]);

/** An article's nodes other than the surname's own and lone surnames like it, the first few in order of mention. */
function contextOf(nodes: readonly string[], key: string, surname: string, surnameOfShort: (root: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const x of nodes) {
    if (out.length >= CONTEXT_MAX_NODES) break;
    if (x !== key && surnameOfShort(x) !== surname) out.push(x);
  }
  return out;
}

/** Given names written just before one of the forms in the article's text ("Carlton" in "Carlton Cole"), as name keys; an initial as "w.". */
function givenNamesBefore(doc: DocumentExtraction, forms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const form of forms) {
    if (!form) continue;
    for (const s of doc.sentences) {
      for (let at = s.text.indexOf(form); at >= 0; at = s.text.indexOf(form, at + 1)) {
        if (/[\p{L}\p{N}]/u.test(s.text.charAt(at + form.length))) continue;
        const hit = WORDS_BEFORE.exec(s.text.slice(Math.max(0, at - 60), at));
        if (!hit) continue;
        const word = hit[2]!.toLowerCase();
        const before = hit[1]?.toLowerCase();
        if (/^\p{Lu}\.?$/u.test(hit[2]!)) {
          // "Samuel L Jackson": a middle initial after a given name; "W Johnson" in a team list: an initial standing for the given name.
          if (before && !NAME_HONORIFICS.has(before) && isGivenName(before)) out.add(nameKey(before));
          else out.add(`${word[0]}.`);
        } else if (!NAME_HONORIFICS.has(word) && isGivenName(word)) out.add(nameKey(word));
      }
    }
  }
  return out;
}

/** Whether one of the forms is written just before another capitalised name (not a day or a month). */
function followedByName(doc: DocumentExtraction, forms: ReadonlySet<string>): boolean {
  for (const form of forms) {
    if (!form) continue;
    for (const s of doc.sentences) {
      for (let at = s.text.indexOf(form); at >= 0; at = s.text.indexOf(form, at + 1)) {
        if (at > 0 && /[\p{L}\p{N}]/u.test(s.text.charAt(at - 1))) continue;
        const next = NAME_AFTER.exec(s.text.slice(at + form.length, at + form.length + 40));
        if (next && !CALENDAR_WORDS.has(next[1]!.toLowerCase())) return true;
      }
    }
  }
  return false;
}

/** A capitalised word right after a name: "Baker" in "Howard Baker", "Chao-Ming" in "Wang Chao-Ming". */
const NAME_AFTER = /^\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/u;

/** Capitalised words that follow a name without being part of it ("Vellmar Monday said"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

/** The one or two capitalised words just before a name: "Carlton " in "Aston Villa's Carlton Cole", "Samuel L " in "Samuel L Jackson". */
const WORDS_BEFORE = /(?:(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s+)?(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*\.?)\s+$/u;

/** Two sorted lists as one. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

// ── names of people ───────────────────────────────────────────────────────────

/** A person's name read as title, given names and surname: "Lord Vellmar of Ashby", "Sir Gordon Vellmar", "de Mistura". */
interface PersonName {
  /** The leading honorific or peerage title, lower case ("lord", "mrs"), if any. */
  title?: string;
  gender?: Gender;
  /** First given name, if any. */
  given?: string;
  /** Name key of the surname with its particles ("de mistura", "smith vellmar"). */
  surname: string;
  /** Name key of given names and surname without the title ("gordon vellmar"); the surname alone when no given name. */
  full: string;
  hasGiven: boolean;
  /** The names between the first given name and the surname: "George W. Bush" → [{ initials: "w" }], "Anna Louise Brisk" → [{ initials: "l", name: "louise" }]. */
  middles: MiddleName[];
}

interface MiddleName {
  /** Lower-case initials: "w" for "W." or "Walker", "hw" for "H.W." */
  initials: string;
  /** The name key of a middle name written out; none for initials. */
  name?: string;
}

/** "W", "W.", "HW", "H.W.": initials, not a middle name. */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

let personMemo = new Map<string, PersonName | null>();
/** Memoised per label: the result is shared, and never changed by its callers. */
export function readPersonName(label: string): PersonName | undefined {
  let p = personMemo.get(label);
  if (p === undefined) {
    if (personMemo.size > 200_000) personMemo = new Map();
    p = readName(label) ?? null;
    personMemo.set(label, p);
  }
  return p ?? undefined;
}

function readName(label: string): PersonName | undefined {
  let tokens = label.trim().split(/\s+/).filter((t) => t !== "");
  let title: string | undefined;
  let gender: Gender | undefined;
  while (tokens.length > 1 && NAME_HONORIFICS.has(tokens[0]!.toLowerCase().replace(/\.$/, ""))) {
    const word = tokens[0]!.toLowerCase().replace(/\.$/, "");
    title ??= word;
    gender ??= honorificGender(word);
    tokens = tokens.slice(1);
  }
  // "Lord Vellmar of Ashby": the territorial designation is not part of the name.
  if (title && PEERAGE_TITLES.has(title)) {
    const of = tokens.findIndex((t, i) => i > 0 && t.toLowerCase() === "of");
    if (of > 0) tokens = tokens.slice(0, of);
  }
  if (tokens.length === 0) return undefined;
  // "Sir Alan", "Dame Judith": a knighthood goes before the given name, so a lone word after it is no surname.
  if ((title === "sir" || title === "dame") && tokens.length === 1) return undefined;
  let start = tokens.length - 1;
  while (start > 0 && SURNAME_PARTICLES.has(tokens[start - 1]!.toLowerCase().replace(/-$/, ""))) start--;
  const surname = nameKey(tokens.slice(start).join(" "));
  if (!surname) return undefined;
  const givenTokens = tokens.slice(0, start);
  const full = nameKey(tokens.join(" "));
  const middles: MiddleName[] = [];
  for (const t of givenTokens.slice(1)) {
    if (INITIALS.test(t)) {
      middles.push({ initials: t.replace(/\./g, "").toLowerCase() });
      continue;
    }
    const name = nameKey(t);
    if (name) middles.push({ initials: name[0]!, name });
  }
  return {
    ...(title ? { title } : {}),
    ...(gender ? { gender } : {}),
    ...(givenTokens.length > 0 ? { given: givenTokens[0]!.replace(/\.$/, "") } : {}),
    surname,
    full,
    hasGiven: givenTokens.length > 0,
    middles,
  };
}

/** A title of the peerage proper ("Lord", "Baroness"), not of knighthood ("Sir", "Dame"). */
function isPeer(title: string | undefined): boolean {
  return title !== undefined && PEERAGE_TITLES.has(title) && title !== "sir" && title !== "dame";
}

/** The gender a name says: its title's, else its given name's. */
function genderOf(p: PersonName): Gender | undefined {
  return p.gender ?? (p.given ? givenNameGender(p.given) : undefined);
}

function compatibleGender(a: Gender | undefined, b: Gender | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

// ── one article ──────────────────────────────────────────────────────────────

interface MentionPlan {
  /** The name the mention is keyed by, instead of its canonical, coreference or own name. */
  base?: string;
  kind?: EntityKind;
  /** With `base`: the canonical name that goes with it. */
  canonical?: string;
  /** Appended to the key ("#f": a surname written with a woman's title). */
  suffix?: string;
  gender?: Gender;
  /** The name counted for the node's label, when it is not `base` ("Mrs Vellmar"). */
  label?: string;
  /** A merge decided in the article, recorded on the node. */
  rule?: MergeRecord["rule"];
  form?: string;
}

interface ArticlePlan {
  /** Per mention: a plan, undefined (keyed as extracted) or null (not a name of anything). */
  mentions: Array<MentionPlan | null | undefined>;
  /** [`kind|ACRONYM`, group key of its expansion] for each acronym the article defines or expands. */
  expansions: Array<[string, string]>;
}

/** "Lord Vellmar of Ashby": the place after "of" is part of a peer's title, not a person. */
const TERRITORIAL = /\b(?:Lord|Lady|Baron|Baroness|Viscount|Viscountess|Earl|Countess|Duke|Duchess|Marquess|Marchioness)\s+\p{Lu}[\p{L}'’-]*\s+of\s+(?:the\s+)?$/u;

const GROUP_KINDS: ReadonlySet<EntityKind> = new Set(["organization", "force"]);

/** The sentence with this index: usually at that position of the list. */
function sentenceOf(sentences: readonly DocumentExtraction["sentences"][number][], index: number) {
  const s = sentences[index];
  return s?.index === index ? s : sentences.find((x) => x.index === index);
}

const NOTHING_TO_PLAN: ArticlePlan = { mentions: [], expansions: [] };

function planArticle(doc: DocumentExtraction, distinct: DistinctIndex): ArticlePlan {
  const plans: Array<MentionPlan | null | undefined> = new Array(doc.mentions.length);
  const sentences = doc.sentences;
  const before = (m: Mention) => {
    const s = sentenceOf(sentences, m.sentence);
    return s ? s.text.slice(Math.max(0, m.start - s.start - 60), Math.max(0, m.start - s.start)) : "";
  };
  const after = (m: Mention) => {
    const s = sentenceOf(sentences, m.sentence);
    return s ? s.text.slice(Math.max(0, m.end - s.start), Math.max(0, m.end - s.start) + 16) : "";
  };
  const baseOf = (m: Mention) => m.canonical ?? m.ref ?? m.name;

  // Most articles have no acronym and no gendered title: the indexes below are built only for those that do.
  let acronyms = false;
  let titled = false;
  for (const m of doc.mentions) {
    if (m.kind === "person") titled ||= m.surface !== undefined;
    else if (GROUP_KINDS.has(m.kind) && !acronyms) acronyms = isAcronymShape(m.name);
  }
  // Nothing below can apply: every mention is keyed as extracted.
  if (!titled && !acronyms && distinct.size === 0) return NOTHING_TO_PLAN;
  // The article's full names of people by surname, and its organizations by initials.
  const fullBySurname = new Map<string, Map<string, { base: string; name: PersonName }>>();
  const byInitials = new Map<string, Map<string, Mention>>();
  const defined = new Map<string, Mention>();
  const addInitials = (m: Mention, name: string) => {
    const initialsList = initialsOfName(name);
    if (initialsList.length === 0) return;
    const own = nameKey(baseOf(m));
    for (const initials of initialsList) {
      const key = `${m.kind}|${initials}`;
      let map = byInitials.get(key);
      if (!map) byInitials.set(key, (map = new Map<string, Mention>()));
      if (!map.has(own)) map.set(own, m);
    }
  };
  // Whether the first character after the mention, past spaces, opens a parenthesis: most do not, and skip the pattern below.
  const opensParen = (m: Mention) => {
    const s = sentenceOf(sentences, m.sentence);
    if (!s) return false;
    let i = Math.max(0, m.end - s.start);
    while (i < s.text.length && /\s/u.test(s.text[i]!)) i++;
    return s.text[i] === "(";
  };
  for (const m of doc.mentions) {
    if (m.implicit || m.anaphor) continue;
    if (m.kind === "person") {
      if (!titled) continue;
      const base = m.ref ?? m.name;
      const p = readPersonName(base);
      if (p?.hasGiven) {
        const list = fullBySurname.get(p.surname) ?? new Map<string, { base: string; name: PersonName }>();
        if (!list.has(p.full)) list.set(p.full, { base, name: p });
        fullBySurname.set(p.surname, list);
      }
      continue;
    }
    if (!acronyms || !GROUP_KINDS.has(m.kind)) continue;
    addInitials(m, m.name);
    if (baseOf(m) !== m.name) addInitials(m, baseOf(m));
    // "the Child Benefit Office (CBO)": the article defines the acronym.
    const paren = opensParen(m) ? /^\s*\(\s*([^()\s]{2,10})\s*\)/u.exec(after(m)) : null;
    if (paren && isAcronymShape(paren[1]!)) {
      const acr = acronymKey(paren[1]!);
      if (initialsOfName(m.name).includes(acr) || initialsOfName(baseOf(m)).includes(acr)) defined.set(acr, m);
    }
  }

  const expansions = new Map<string, string>();
  doc.mentions.forEach((m, i) => {
    // A name and what the extractor took it for, curated as different things: the name stands alone.
    const read = m.canonical ?? m.ref;
    if (read && read !== m.name && distinct.apart([m.name, m.surface, m.text], read)) {
      plans[i] = { base: m.name };
      if (m.kind !== "person") return;
    }
    if (m.kind === "person") {
      if (titled && TERRITORIAL.test(before(m))) {
        plans[i] = null;
        return;
      }
      const titleWord = m.surface ? m.surface.trim().split(/\s+/)[0]!.toLowerCase().replace(/\.$/, "") : undefined;
      const gender = titleWord && m.surface !== m.name ? honorificGender(titleWord) : undefined;
      if (!gender) return;
      const own = readPersonName(m.name);
      if (!own || own.hasGiven) return;
      // "Mrs Vellmar" in an article about "Gordon Vellmar" and "Sarah Vellmar": the name of her gender, or none.
      let base = plans[i]?.base ?? m.ref ?? m.name;
      const target = readPersonName(base);
      if (target?.hasGiven && !compatibleGender(gender, genderOf(target))) {
        const others = [...(fullBySurname.get(own.surname)?.values() ?? [])].filter((f) => compatibleGender(gender, genderOf(f.name)));
        base = others.length === 1 ? others[0]!.base : m.name;
      }
      const stillShort = !readPersonName(base)?.hasGiven;
      // A surname with a gendered title and no full name in the article is keyed apart from the bare surname, so the corpus can tell a wife from her husband.
      plans[i] = stillShort ? { base, suffix: `#${gender}`, gender, label: m.surface! } : { base };
      return;
    }
    if (!acronyms || !GROUP_KINDS.has(m.kind) || !isAcronymShape(m.name)) return;
    const acr = acronymKey(m.name);
    const def = defined.get(acr);
    // Already read as its expansion (a lexicon's canonical name): nothing to merge.
    if (def && m.kind === def.kind && nameKey(baseOf(m)) === nameKey(baseOf(def))) return;
    if (def && def !== m && !distinct.apart([m.name], baseOf(def))) {
      plans[i] = { base: baseOf(def), kind: def.kind, ...(def.canonical ? { canonical: def.canonical } : {}), rule: "acronym-defined", form: m.name };
      expansions.set(`${def.kind}|${acr}`, `${def.kind}|${nameKey(baseOf(def))}`);
      return;
    }
    // The initials of an organization the article names: the same organization, unless a lexicon says otherwise.
    const candidates = byInitials.get(`${m.kind}|${acr}`);
    if (!candidates || candidates.size !== 1) return;
    const exp = [...candidates.values()][0]!;
    if (nameKey(baseOf(m)) === nameKey(baseOf(exp))) return;
    if (exp === m || (m.canonical && nameKey(m.canonical) !== nameKey(baseOf(exp))) || distinct.apart([m.name], baseOf(exp))) return;
    plans[i] = { base: baseOf(exp), ...(exp.canonical ? { canonical: exp.canonical } : {}), rule: "acronym-initials", form: m.name };
    expansions.set(`${m.kind}|${acr}`, `${m.kind}|${nameKey(baseOf(exp))}`);
  });
  return { mentions: plans, expansions: [...expansions] };
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
  /** Creation order: candidates are tried in it. */
  seq: number;
}

/**
 * Dated clusters of one event class, found by date: those whose date is a
 * prefix of the query ("2015" for "2015-09-30") or extends it, in creation
 * order. Indexed by exact date and by every proper prefix, so a lookup costs
 * the length of the date, not the number of clusters.
 */
class DateIndex {
  private readonly exact = new Map<string, EventCluster[]>();
  private readonly within = new Map<string, EventCluster[]>();

  add(c: EventCluster, from = 0): void {
    push(this.exact, c.date, c);
    for (let l = from; l < c.date.length; l++) push(this.within, c.date.slice(0, l), c);
  }

  /** A cluster's date becomes more precise (always an extension of the old one). */
  redate(c: EventCluster, date: string): void {
    const old = c.date.length;
    c.date = date;
    // The entry under the old date goes stale and is skipped on lookup; the prefixes already there stay true.
    push(this.exact, date, c);
    for (let l = old; l < date.length; l++) push(this.within, date.slice(0, l), c);
  }

  /** `compatible(c.date, date)` for every cluster, in creation order. */
  compatible(date: string): EventCluster[] {
    const out: EventCluster[] = [];
    for (let l = 1; l <= date.length; l++) {
      const q = l === date.length ? date : date.slice(0, l);
      for (const c of this.exact.get(q) ?? []) if (c.date === q) out.push(c);
    }
    for (const c of this.within.get(date) ?? []) out.push(c);
    return out.length > 1 ? out.sort((a, b) => a.seq - b.seq) : out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clusterEvents(
  docs: readonly DocumentExtraction[],
  entityOfMention: (d: number, i: number) => string | undefined,
  byId: Map<string, Entity>,
): { events: Entity[]; eventOf: Map<string, string> } {
  const clusters: EventCluster[] = [];
  const index = new Map<string, DateIndex>();
  const clusterOf = new Map<string, EventCluster>();
  // Mentions that name an actor or a place first: they decide which events exist; the others then join one.
  const order: Array<{ d: number; n: number; e: EventMention }> = [];
  docs.forEach((doc, d) => doc.events.forEach((e, n) => order.push({ d, n, e })));
  const hasActor = (e: EventMention) => e.agent !== undefined || e.place !== undefined || e.participants.length > 0 || e.speaker !== undefined;
  order.sort((a, b) => Number(hasActor(b.e)) - Number(hasActor(a.e)) || a.d - b.d || a.n - b.n);
  // Undated events (read off the parse, with a named participant or place): nothing says two articles report the same one, so they group within an article only.
  const undated = new Map<string, EventCluster[]>();
  /** Adds one event mention (its key `d:n`) to a cluster. */
  const join = (cluster: EventCluster, key: string, doc: string, trigger: string, actors: Set<string>, agent: string | undefined, place: string | undefined) => {
    actors.forEach((a) => cluster.actors.add(a));
    if (place) {
      cluster.places.add(place);
      cluster.placeCounts.set(place, (cluster.placeCounts.get(place) ?? 0) + 1);
    }
    if (agent) cluster.agents.set(agent, (cluster.agents.get(agent) ?? 0) + 1);
    cluster.sources.add(doc);
    cluster.triggers.add(trigger);
    cluster.mentions++;
    clusterOf.set(key, cluster);
  };
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
        cluster = { type: e.type, date: "", actors: new Set(), places: new Set(), agents: new Map(), placeCounts: new Map(), sources: new Set(), triggers: new Set(), mentions: 0, seq: clusters.length };
        list.push(cluster);
        undated.set(key, list);
        clusters.push(cluster);
      }
      join(cluster, `${d}:${n}`, doc.doc, e.trigger, actors, agent, place);
      continue;
    }
    let byDate = index.get(e.type);
    if (!byDate) index.set(e.type, (byDate = new DateIndex()));
    const compatibleOnes = byDate.compatible(e.date);
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
      sources: new Set<string>(), triggers: new Set<string>(), mentions: 0, seq: clusters.length,
    };
    if (!match) {
      clusters.push(cluster);
      byDate.add(cluster);
    }
    if (e.date.length > cluster.date.length) byDate.redate(cluster, e.date);
    join(cluster, `${d}:${n}`, doc.doc, e.trigger, actors, agent, place);
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

/** Adds one mention to its group: the name it is counted under, its surface forms, its article, its role. */
function addMention(g: Group, m: Mention, p: MentionPlan | undefined, docId: string, base: string): void {
  const shown = p?.label ?? base;
  countName(g, shown);
  const canonical = p?.base !== undefined ? p.canonical : m.canonical;
  if (canonical && (g.canonical === undefined || canonical < g.canonical)) g.canonical = canonical;
  // An implied mention's text is a demonym ("Syrian"), not a name of the entity.
  if (!m.implicit && !m.anaphor) addForm(g, m.text);
  if (m.name !== m.text && !m.implicit && !m.anaphor) addForm(g, m.name);
  if (m.surface) addForm(g, m.surface);
  if (m.ref && m.ref !== m.name && p?.base === undefined) addForm(g, m.ref);
  if (g.lastSource !== m.doc) {
    // Articles come in id order, so the list stays sorted and unique; a mention claiming another article's id does not.
    if (m.doc !== docId) g.mixed = true;
    g.sources.push(m.doc);
    g.lastSource = m.doc;
  }
  if (!m.implicit) g.mentions++;
  if (m.role) (g.roles ??= new Set()).add(m.role);
}

function emptyGroup(kind: EntityKind, key: string, gender: Gender | undefined): Group {
  return { kind, key, names: [], counts: [], nameIndex: undefined, surfaces: [], surfaceSet: undefined, sources: [], mixed: false, mentions: 0, roles: undefined, canonical: undefined, gender, mergedFrom: undefined, lastSource: undefined, picked: undefined };
}

/** A group's articles, sorted, each once. */
function sourcesOf(g: Group): string[] {
  return g.mixed ? [...new Set(g.sources)].sort() : g.sources.slice();
}

/** The label a group's own names give it; the names do not change after the first pass. */
function pickedLabel(g: Group): string {
  return (g.picked ??= pickLabel(g.names, g.counts));
}

/** Lists this long are searched; longer ones get an index. */
const SHORT_LIST = 8;

function countName(g: Group, name: string): void {
  const i = g.nameIndex ? g.nameIndex.get(name) : g.names.indexOf(name);
  if (i !== undefined && i >= 0) {
    g.counts[i]!++;
    return;
  }
  g.nameIndex?.set(name, g.names.length);
  g.names.push(name);
  g.counts.push(1);
  if (!g.nameIndex && g.names.length > SHORT_LIST) g.nameIndex = new Map(g.names.map((n, j) => [n, j]));
}

function addForm(g: Group, form: string): void {
  if (g.surfaceSet) g.surfaceSet.add(form);
  else if (!g.surfaces.includes(form)) {
    g.surfaces.push(form);
    if (g.surfaces.length > SHORT_LIST) g.surfaceSet = new Set(g.surfaces);
  }
}

function formsOf(g: Group): Iterable<string> {
  return g.surfaceSet ?? g.surfaces;
}

function pickLabel(names: readonly string[], counts: readonly number[]): string {
  let best = "";
  let bestScore = -1;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const n = counts[i]!;
    // Prefer the most frequent form; written with capitals over lower-cased; then the longer, then alphabetical.
    const score = n * 10 + (/\p{Lu}/u.test(name) ? 5 : 0);
    if (score > bestScore || (score === bestScore && (name.length > best.length || (name.length === best.length && name < best)))) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

function aliasesOf(label: string, surfaces: Iterable<string>): string[] {
  const forms = [label];
  for (const f of surfaces) if (f === label || !titledForm(f)) forms.push(f);
  return distinctForms(forms);
}

/**
 * A form that opens with a title, after a demonym or not ("Chief Executive
 * Maeve Sherlock", "Leader Michael Howard", "Syrian President X"): the title
 * is the person's role, not a name to search them by. Forms of address
 * ("Mr X", "Lord X", "Dr X") are names and stay.
 */
/** Titles that are how a person is named ("Prince Charles", "Pope John Paul"): part of the name, not a role. */
const STYLES: ReadonlySet<string> = new Set(["prince", "princess", "king", "queen", "crown", "pope", "emir", "sultan", "sheikh", "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "imam", "father", "sister", "brother"]);

function titledForm(form: string): boolean {
  const words = form.toLowerCase().replace(/\./g, "").split(/\s+/);
  let k = 0;
  if (words.length > 2 && gazetteer().demonyms.has(words[0]!)) k = 1;
  const phrases = TITLES_BY_FIRST.get(words[k]!);
  if (!phrases || NAME_HONORIFICS.has(words[k]!) || STYLES.has(words[k]!)) return false;
  return phrases.some((p) => k + p.length < words.length && p.every((w, i) => words[k + i] === w));
}


function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
