/**
 * Surname duplicates in a built graph (issue 13)
 * ==============================================
 *
 *   npx tsx scripts/eval/surname-duplicates.ts GRAPH.json [MIN_MENTIONS=10]
 *
 * For every person node with at least MIN_MENTIONS mentions and a full name
 * (given name + surname), counts the other person nodes whose label is the
 * bare surname or an honorific/title + the surname ("Mr X", "Lord X",
 * "Baron X"). Prints the totals and each duplicate found. Also counts
 * organization nodes written as an acronym whose expansion (by initials) is
 * another organization node of the graph, as a hint for acronym merges.
 * Indexed by surname: linear in nodes.
 */
import { readFileSync } from "node:fs";
import { NAME_HONORIFICS, TITLES, initialsOf, isAcronymShape, nameKey } from "../../src/lexicon/index.js";
import { readPersonName } from "../../src/resolve/resolve-corpus.js";

interface Node {
  key: string;
  attributes: { label: string; kind: string; mentions: number };
}

const [file, minArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx scripts/eval/surname-duplicates.ts GRAPH.json [MIN_MENTIONS]");
  process.exit(2);
}
const min = Number(minArg ?? 10);
const graph = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[] };
const people = graph.nodes.filter((n) => n.attributes.kind === "person");
const titles = new Set([...NAME_HONORIFICS, ...TITLES.map((t) => t.replace(/\./g, ""))]);

/** The surname a short-form label names: "Vellmar", "Mr Vellmar", "Prime Minister Vellmar" → "vellmar"; undefined for a full name. */
function shortForm(label: string): string | undefined {
  const words = label.trim().split(/\s+/);
  let i = 0;
  // Longest title prefix (titles can be several words).
  for (let j = words.length - 1; j > 0; j--) {
    if (titles.has(words.slice(0, j).join(" ").toLowerCase().replace(/\./g, ""))) {
      i = j;
      break;
    }
  }
  // "Sir John", "Dame Judith": a given name after a knighthood, not a surname.
  if (i > 0 && /^(?:sir|dame)$/i.test(words[i - 1]!) && words.length - i === 1) return undefined;
  const p = readPersonName(words.slice(i).join(" "));
  return p && !p.hasGiven ? p.surname : undefined;
}

const shortBySurname = new Map<string, Node[]>();
for (const n of people) {
  const s = shortForm(n.attributes.label);
  if (s) (shortBySurname.get(s) ?? shortBySurname.set(s, []).get(s)!).push(n);
}
let checked = 0;
const duplicates: Array<[Node, Node]> = [];
for (const n of people) {
  if (n.attributes.mentions < min) continue;
  const p = readPersonName(n.attributes.label);
  if (!p?.hasGiven) continue;
  checked++;
  for (const d of shortBySurname.get(p.surname) ?? []) duplicates.push([n, d]);
}
const withDuplicate = new Set(duplicates.map(([n]) => n.key));
// A duplicate is ambiguous when several full names in the graph end with that surname (namesakes: kept apart unless one has 5x the mentions).
const fullBySurname = new Map<string, number>();
for (const n of people) {
  const p = readPersonName(n.attributes.label);
  if (p?.hasGiven) fullBySurname.set(p.surname, (fullBySurname.get(p.surname) ?? 0) + 1);
}
const sole = duplicates.filter(([n]) => fullBySurname.get(readPersonName(n.attributes.label)!.surname) === 1);
console.log(`${file}: ${people.length} person nodes; ${checked} full-name people with >= ${min} mentions; ${withDuplicate.size} of them have a surname or title+surname node (${duplicates.length} such nodes)`);
console.log(`  of those, ${sole.length} where the full name is the only one in the graph with that surname (the rest have namesakes)`);
for (const [n, d] of duplicates) {
  const others = fullBySurname.get(readPersonName(n.attributes.label)!.surname)! - 1;
  console.log(`  ${n.attributes.label} (${n.attributes.mentions}) ~ ${d.attributes.label} (${d.attributes.mentions}) [${d.key}]${others > 0 ? ` (${others} other full names with this surname)` : ""}`);
}

// Acronym nodes whose initials match another organization node.
const orgs = graph.nodes.filter((n) => n.attributes.kind === "organization");
const byInitials = new Map<string, Node[]>();
for (const o of orgs) for (const i of initialsOf(o.attributes.label)) (byInitials.get(i) ?? byInitials.set(i, []).get(i)!).push(o);
const acronyms = orgs.filter((o) => isAcronymShape(o.attributes.label));
const matched = acronyms.filter((o) => (byInitials.get(o.attributes.label.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase()) ?? []).some((x) => nameKey(x.attributes.label) !== nameKey(o.attributes.label)));
console.log(`${acronyms.length} acronym organization nodes; ${matched.length} share their initials with another organization node (not necessarily the same thing)`);
