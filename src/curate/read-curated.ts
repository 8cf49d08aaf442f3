/**
 * news-kg curate: readCurated
 * ===========================
 *
 * Reads `corpus/curated.ts` as syntax, with ts-morph, instead of importing it:
 * importing would need a TypeScript loader at build time and would lose where
 * each entry was written, and the line of every entity and triple is its
 * provenance in the graph. Only the parser runs (in-memory file system, no
 * type-checking), so this is cheap enough to run on every build.
 *
 * Because the file is not executed, every value must be a literal. `tsc`
 * checks the same file through `defineCurated`'s types, but builds do not run
 * `tsc`, so everything it would catch is checked again here, plus what the types
 * cannot express (a predicate's subject and object kinds, duplicate ids, dates).
 * All problems are collected and thrown together as one `CurationError`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Node, Project, ts } from "ts-morph";
import type { ObjectLiteralExpression, SourceFile } from "ts-morph";
import { ENTITY_KINDS, isEntityKind } from "../schema/kinds.js";
import type { EntityKind } from "../schema/kinds.js";
import { PREDICATES, PREDICATE_NAMES, isPredicate, predicateAccepts } from "../schema/predicates.js";
import { CurationError } from "../schema/errors.js";
import type { CuratedEntity, CuratedTriple } from "../schema/curated.js";
import type { CuratedLayer, ReadCuratedOptions } from "./types.js";
import { editDistance, nameKey } from "../lexicon/index.js";

export type { CuratedLayer, ReadCuratedOptions } from "./types.js";

/** Where the project keeps its curated layer, relative to the project root. */
export const DEFAULT_CURATED_PATH = "corpus/curated.ts";

/** Every problem found in one curated file; its message lists them all, the first one leading. */
export class CurationErrors extends CurationError {
  override name = "CurationErrors";
  constructor(
    file: string,
    readonly problems: readonly CurationError[],
  ) {
    const [first, ...rest] = problems;
    const more = rest.length === 1 ? "1 more problem" : `${rest.length} more problems`;
    super(
      file,
      first?.line ?? 0,
      `${first ? first.message.slice(`${file}:${first.line}: `.length) : "no problems"}\nand ${more}:\n` +
        rest.map((p) => `  ${p.message}`).join("\n"),
    );
  }
}

/** The path shown in messages and provenance: relative to the working directory, with forward slashes. */
export function curatedDisplayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return (relative === "" ? file : relative).split(path.sep).join("/");
}

/**
 * Reads and checks a curated file. Throws a `CurationError` (a `CurationErrors`
 * when there are several problems) naming `file:line` for anything wrong.
 */
export function readCurated(file: string, options: ReadCuratedOptions = {}): CuratedLayer {
  const display = options.displayPath ?? curatedDisplayPath(file);
  let text = options.text;
  if (text === undefined) {
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "the file does not exist" : `the file cannot be read (${code ?? String(error)})`;
      throw new CurationError(
        display,
        0,
        `${why}; create it with \`export default defineCurated({ entities: [], triples: [] })\` or pass the right path`,
      );
    }
  }
  return parseCurated(text, display);
}

/** Checks curated-file text without touching the disk; `file` is only used in messages. */
export function parseCurated(text: string, file: string): CuratedLayer {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, noLib: true, noResolve: true },
  });
  const sourceFile = project.createSourceFile("/curated.ts", text, { overwrite: true });
  try {
    return new CuratedReader(file, sourceFile).read();
  } finally {
    // The layer is plain data, so the syntax tree can go: nothing builds up across builds.
    project.removeSourceFile(sourceFile);
  }
}

// Shared by every call (it is cheap either way); each read removes its source file again.
let project: Project | undefined;

interface Problem {
  line: number;
  message: string;
}

type Entry<T> = T & { line: number };

const ENTITY_KEYS = ["id", "kind", "label", "aliases", "date", "note"] as const;
const TRIPLE_KEYS = ["s", "p", "o", "note"] as const;
const TOP_KEYS = ["entities", "triples", "rejected", "distinct"] as const;
const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

class CuratedReader {
  private readonly problems: Problem[] = [];

  constructor(
    private readonly file: string,
    private readonly sourceFile: SourceFile,
  ) {}

  read(): CuratedLayer {
    const layer: CuratedLayer = { file: this.file, entities: [], triples: [], rejected: [], distinct: [] };
    // The parser's own diagnostics: syntax only, no binder or checker, so they cost nothing extra.
    const syntax = (this.sourceFile.compilerNode as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] })
      .parseDiagnostics;
    const firstSyntaxError = syntax?.[0];
    if (firstSyntaxError) {
      const line = this.lineAt(firstSyntaxError.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(firstSyntaxError.messageText, " ").replace(/\.$/, "");
      throw new CurationError(this.file, line, `syntax error: ${message}; fix the TypeScript syntax`);
    }

    const data = this.findData();
    if (data) {
      const arrays = this.readTopLevel(data);
      if (arrays.entities) layer.entities = this.readEntities(arrays.entities);
      if (arrays.triples) layer.triples = this.readTriples(arrays.triples, layer.entities);
      if (arrays.rejected) layer.rejected = this.readRejected(arrays.rejected);
      if (arrays.distinct) layer.distinct = this.readDistinct(arrays.distinct, layer.entities);
    }
    this.throwProblems();
    return layer;
  }

  // ── the file's shape ────────────────────────────────────────────────────────

  /** The object literal given to `export default defineCurated(…)`, `export default {…}` or `{…} satisfies …`. */
  private findData(): ObjectLiteralExpression | undefined {
    const exported = this.sourceFile.getExportAssignment((a) => !a.isExportEquals());
    if (!exported) {
      this.problem(1, "no default export found; the file must end with `export default defineCurated({ entities: [...], triples: [...] })`");
      return undefined;
    }
    let node: Node = exported.getExpression();
    for (;;) {
      node = unwrap(node);
      if (Node.isObjectLiteralExpression(node)) return node;
      if (Node.isCallExpression(node) && /(^|\.)defineCurated$/.test(node.getExpression().getText())) {
        const args = node.getArguments();
        if (args.length === 1 && args[0]) {
          node = args[0];
          continue;
        }
        this.problem(this.line(node), "defineCurated takes exactly one argument, the object literal `{ entities: [...], triples: [...] }`");
        return undefined;
      }
      this.problem(
        this.line(node),
        `the default export is ${describe(node)}; write \`export default defineCurated({ entities: [...], triples: [...] })\` with the data inline, because the builder reads the file without running it`,
      );
      return undefined;
    }
  }

  private readTopLevel(data: ObjectLiteralExpression): Partial<Record<(typeof TOP_KEYS)[number], Node>> {
    const found: Partial<Record<(typeof TOP_KEYS)[number], Node>> = {};
    for (const [key, value, line] of this.properties(data, "the curated data")) {
      if (!(TOP_KEYS as readonly string[]).includes(key)) {
        this.problem(line, `unknown property "${key}" in the curated data${didYouMean(key, TOP_KEYS)}; expected ${TOP_KEYS.join(", ")}`);
        continue;
      }
      found[key as (typeof TOP_KEYS)[number]] = value;
    }
    for (const key of ["entities", "triples"] as const) {
      if (!found[key]) this.problem(this.line(data), `the curated data has no "${key}" list; add \`${key}: []\``);
    }
    return found;
  }

  /** Property assignments of an object literal as [name, value, line]; anything else is reported. */
  private *properties(object: ObjectLiteralExpression, what: string): Generator<[string, Node, number]> {
    for (const property of object.getProperties()) {
      const line = this.line(property);
      if (Node.isPropertyAssignment(property)) {
        const nameNode = property.getNameNode();
        if (Node.isIdentifier(nameNode) || Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) {
          const name = Node.isIdentifier(nameNode) ? nameNode.getText() : nameNode.getLiteralValue();
          const value = property.getInitializer();
          if (value) yield [name, value, this.line(value)];
          continue;
        }
        this.problem(line, `${what} has a computed property name \`${clip(nameNode.getText())}\`; write the name out`);
      } else if (Node.isShorthandPropertyAssignment(property)) {
        const name = property.getName();
        this.problem(line, `${what} uses the variable \`${name}\` as a shorthand property; write \`${name}: <literal value>\` inline, because the builder reads the file without running it`);
      } else if (Node.isSpreadAssignment(property)) {
        this.problem(line, `${what} contains a spread (\`${clip(property.getText())}\`); write the properties out inline, because the builder reads the file without running it`);
      } else {
        this.problem(line, `${what} contains a method or accessor (\`${clip(property.getText())}\`); only \`name: literal\` properties are allowed`);
      }
    }
  }

  /** The elements of an array literal that are object literals; anything else is reported. */
  private *objectElements(list: Node, listName: string): Generator<ObjectLiteralExpression> {
    for (const element of this.arrayElements(list, listName)) {
      const node = unwrap(element);
      if (Node.isObjectLiteralExpression(node)) yield node;
      else this.problem(this.line(element), `each entry of "${listName}" must be an object literal, not ${describe(node)}; write the entry out inline`);
    }
  }

  private arrayElements(list: Node, listName: string): Node[] {
    const node = unwrap(list);
    if (!Node.isArrayLiteralExpression(node)) {
      this.problem(this.line(list), `"${listName}" must be an array literal, not ${describe(node)}; write the list out inline, because the builder reads the file without running it`);
      return [];
    }
    const elements: Node[] = [];
    for (const element of node.getElements()) {
      if (Node.isSpreadElement(element)) {
        this.problem(this.line(element), `"${listName}" contains a spread (\`${clip(element.getText())}\`); write the entries out inline, because the builder reads the file without running it`);
      } else if (Node.isOmittedExpression(element)) {
        this.problem(this.line(element), `"${listName}" has an empty slot (two commas in a row); remove the extra comma`);
      } else {
        elements.push(element);
      }
    }
    return elements;
  }

  // ── entries ─────────────────────────────────────────────────────────────────

  private readEntities(list: Node): Entry<CuratedEntity>[] {
    const entities: Entry<CuratedEntity>[] = [];
    const firstLine = new Map<string, number>();
    for (const object of this.objectElements(list, "entities")) {
      const line = this.line(object);
      const fields = this.readFields(object, ENTITY_KEYS, "entity", new Set(["aliases"]));
      const { id, kind, label, aliases, date, note } = fields;
      const name = typeof id === "string" ? `entity "${id}"` : "entity";
      let ok = true;
      for (const [key, value] of [["id", id], ["kind", kind], ["label", label]] as const) {
        if (value === undefined && !fields.invalid.has(key)) {
          this.problem(line, `${name} has no "${key}"; add one${key === "kind" ? ` (${ENTITY_KINDS.join(", ")})` : ""}`);
          ok = false;
        } else if (value === "" && key !== "kind") {
          this.problem(line, `${name} has an empty "${key}"; give it a non-empty string`);
          ok = false;
        } else if (value === undefined) {
          ok = false;
        }
      }
      if (typeof kind === "string" && !isEntityKind(kind)) {
        this.problem(fields.lines.kind ?? line, `${name} has unknown kind "${kind}"${didYouMean(kind, ENTITY_KINDS)}; use one of ${ENTITY_KINDS.join(", ")}`);
        ok = false;
      }
      if (typeof date === "string") {
        if (!isIsoPartialDate(date)) {
          this.problem(fields.lines.date ?? line, `${name} has date "${date}", which is not an ISO date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2015-09" or "2017-12-11")`);
        }
        if (isEntityKind(kind) && kind !== "event") {
          this.problem(fields.lines.date ?? line, `${name} is a ${kind} but has a date; only events carry dates, so remove it or put it in a note`);
        }
      }
      if (typeof id === "string" && id !== "") {
        const earlier = firstLine.get(id);
        if (earlier !== undefined) {
          this.problem(line, `duplicate entity id "${id}" (lines ${earlier} and ${line}); merge the two entries or give one of them another id`);
          continue;
        }
        firstLine.set(id, line);
      }
      if (!ok) continue;
      const entity: Entry<CuratedEntity> = { id: id as string, kind: kind as EntityKind, label: label as string, line };
      if (aliases !== undefined) entity.aliases = aliases as string[];
      if (date !== undefined) entity.date = date as string;
      if (note !== undefined) entity.note = note as string;
      entities.push(entity);
    }
    this.knownIds = new Set(firstLine.keys());
    return entities;
  }

  // Ids declared in the file, even by entries with other problems, so that one
  // bad entity does not also make every triple naming it an "unknown entity".
  private knownIds = new Set<string>();

  private readTriples(list: Node, entities: readonly Entry<CuratedEntity>[]): Entry<CuratedTriple>[] {
    const kinds = new Map(entities.map((e) => [e.id, e.kind]));
    const ids = [...this.knownIds];
    const triples: Entry<CuratedTriple>[] = [];
    for (const object of this.objectElements(list, "triples")) {
      const line = this.line(object);
      const fields = this.readFields(object, TRIPLE_KEYS, "triple", new Set());
      const { s, p, o, note } = fields;
      let ok = true;
      for (const key of ["s", "p", "o"] as const) {
        if (fields[key] === undefined) {
          if (!fields.invalid.has(key)) this.problem(line, `triple has no "${key}"; write it as { s: "subject-id", p: "predicate", o: "object-id" }`);
          ok = false;
        }
      }
      for (const [key, id] of [["s", s], ["o", o]] as const) {
        if (typeof id === "string" && !this.knownIds.has(id)) {
          const close = closest(id, ids, 3);
          const hint = close.length ? ` (close ids: ${close.map((c) => `"${c}"`).join(", ")})` : "";
          this.problem(fields.lines[key] ?? line, `triple refers to unknown entity "${id}"; declare it in entities or fix the id${hint}`);
          ok = false;
        }
      }
      if (typeof p === "string" && !isPredicate(p)) {
        this.problem(
          fields.lines.p ?? line,
          `unknown predicate "${p}"${didYouMean(p, PREDICATE_NAMES)}; use one of the vocabulary in src/schema/predicates.ts: ${PREDICATE_NAMES.join(", ")}`,
        );
        ok = false;
      }
      if (!ok) continue;
      const triple: Entry<CuratedTriple> = { s: s as string, p: p as CuratedTriple["p"], o: o as string, line };
      const subjectKind = kinds.get(triple.s);
      const objectKind = kinds.get(triple.o);
      if (subjectKind && objectKind && !predicateAccepts(triple.p, subjectKind, objectKind)) {
        const spec = PREDICATES[triple.p];
        this.problem(
          line,
          `predicate "${triple.p}" does not fit ${subjectKind} "${triple.s}" → ${objectKind} "${triple.o}": ` +
            `it takes a subject ${orList(spec.subject)} and an object ${orList(spec.object)}; ` +
            `choose another predicate or fix the ids or kinds`,
        );
        continue;
      }
      if (note !== undefined) triple.note = note as string;
      triples.push(triple);
    }
    return triples;
  }

  private readRejected(list: Node): Array<{ edge: string; line: number }> {
    const rejected: Array<{ edge: string; line: number }> = [];
    for (const element of this.arrayElements(list, "rejected")) {
      const value = this.literal(element, `each entry of "rejected"`, false);
      if (typeof value === "string") rejected.push({ edge: value, line: this.line(element) });
    }
    return rejected;
  }

  /**
   * `distinct: [["Vellmar", "Gordon Vellmar"], …]`: each entry two names (or
   * node keys, "person:gordon-vellmar") of different things, which resolution
   * must never put in one node. A pair that one curated entity names on both
   * sides contradicts that entity and is reported.
   */
  private readDistinct(list: Node, entities: readonly Entry<CuratedEntity>[]): Array<{ names: [string, string]; line: number }> {
    const pairs: Array<{ names: [string, string]; line: number }> = [];
    const seen = new Map<string, number>();
    for (const element of this.arrayElements(list, "distinct")) {
      const line = this.line(element);
      const value = this.literal(element, `each entry of "distinct"`, true);
      if (value === undefined) continue;
      const names = (value as string[]).map((n) => n.trim());
      if (names.length !== 2) {
        this.problem(line, `each entry of "distinct" names two things, not ${names.length}; write it as ["Name", "Other name"]`);
        continue;
      }
      const [a, b] = names as [string, string];
      if (a === "" || b === "") {
        this.problem(line, `an entry of "distinct" has an empty name; give two non-empty names`);
        continue;
      }
      if (distinctKey(a) === distinctKey(b)) {
        this.problem(line, `"${a}" and "${b}" are the same name to the builder; a distinct pair needs two different names`);
        continue;
      }
      const key = [distinctKey(a), distinctKey(b)].sort().join("\u0000");
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        this.problem(line, `the pair "${a}" / "${b}" is already listed at line ${earlier}; remove one`);
        continue;
      }
      seen.set(key, line);
      const both = entities.find((e) => {
        const own = new Set([e.label, ...(e.aliases ?? [])].map(distinctKey));
        return own.has(distinctKey(a)) && own.has(distinctKey(b));
      });
      if (both) {
        this.problem(line, `"${a}" and "${b}" are kept apart here but are both names of entity "${both.id}" (line ${both.line}); remove the pair or one of the names`);
        continue;
      }
      pairs.push({ names: [a, b], line });
    }
    return pairs;
  }

  /** Reads an entry's properties as literals; `lists` names the properties that hold string arrays. */
  private readFields<K extends string>(
    object: ObjectLiteralExpression,
    keys: readonly K[],
    what: string,
    lists: ReadonlySet<string>,
  ): Partial<Record<K, string | string[]>> & { lines: Partial<Record<K, number>>; invalid: Set<K> } {
    const values: Partial<Record<K, string | string[]>> = {};
    const lines: Partial<Record<K, number>> = {};
    const invalid = new Set<K>();
    const seen = new Set<string>();
    for (const [name, value, line] of this.properties(object, `this ${what}`)) {
      if (!(keys as readonly string[]).includes(name)) {
        this.problem(line, `${what} has unknown property "${name}"${didYouMean(name, keys)}; allowed: ${keys.join(", ")}`);
        continue;
      }
      if (seen.has(name)) this.problem(line, `${what} sets "${name}" twice; keep one`);
      seen.add(name);
      const key = name as K;
      lines[key] = line;
      const read = this.literal(value, `"${name}"`, lists.has(name));
      if (read === undefined) invalid.add(key);
      else values[key] = read;
    }
    return Object.assign(values, { lines, invalid });
  }

  /** A string literal, or (when `list`) an array literal of string literals; reports anything else. */
  private literal(node: Node, what: string, list: boolean): string | string[] | undefined {
    const value = unwrap(node);
    const string = stringLiteral(value);
    if (string !== undefined && !list) return string;
    if (list && Node.isArrayLiteralExpression(value)) {
      const strings: string[] = [];
      let ok = true;
      for (const element of value.getElements()) {
        const item = stringLiteral(unwrap(element));
        if (item === undefined) {
          this.problem(this.line(element), `${what} must list string literals, not ${describe(element)}; write each value out as "…", because the builder reads the file without running it`);
          ok = false;
        } else {
          strings.push(item);
        }
      }
      return ok ? strings : undefined;
    }
    const expected = list ? "an array of string literals" : "a string literal";
    this.problem(this.line(node), `${what} must be ${expected}, not ${describe(value)}; write the value out inline, because the builder reads the file without running it`);
    return undefined;
  }

  // ts-morph's getStartLineNumber() rescans the text from the start on every call
  // (quadratic over the file); the compiler's line map is a binary search.
  private line(node: Node): number {
    return this.lineAt(node.getStart());
  }

  private lineAt(pos: number): number {
    return ts.getLineAndCharacterOfPosition(this.sourceFile.compilerNode, pos).line + 1;
  }

  // ── problems ────────────────────────────────────────────────────────────────

  private problem(line: number, message: string): void {
    this.problems.push({ line, message });
  }

  private throwProblems(): void {
    if (this.problems.length === 0) return;
    const errors = [...this.problems]
      .sort((a, b) => a.line - b.line)
      .map((p) => new CurationError(this.file, p.line, p.message));
    if (errors.length === 1 && errors[0]) throw errors[0];
    throw new CurationErrors(this.file, errors);
  }
}

// ── helpers ─────────────────────────────────────────────────────────────────

/** How a name of a distinct pair is compared: a node key as written, a name as the builder compares names. */
function distinctKey(name: string): string {
  return /^(?:person|place|force|organization|event):\S+$/.test(name) ? name : nameKey(name);
}

/** Looks through parentheses, `as const`, `satisfies T` and `<T>x`, which change types but not values. */
function unwrap(node: Node): Node {
  while (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isTypeAssertion(node)) {
    node = node.getExpression();
  }
  return node;
}

function stringLiteral(node: Node): string | undefined {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}

/** Names a non-literal so that the message says what was found. */
function describe(node: Node): string {
  const text = `\`${clip(node.getText())}\``;
  if (Node.isIdentifier(node)) return node.getText() === "undefined" ? "undefined" : `the variable ${text}`;
  if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return `a reference to ${text}`;
  if (Node.isCallExpression(node) || Node.isNewExpression(node)) return `a call, ${text}`;
  if (Node.isTemplateExpression(node)) return `a template literal with substitutions, ${text}`;
  if (Node.isSpreadElement(node)) return `a spread, ${text}`;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return `a string, ${text}`;
  if (Node.isArrayLiteralExpression(node)) return `an array, ${text}`;
  if (Node.isObjectLiteralExpression(node)) return "an object";
  return `${text} (${node.getKindName()})`;
}

function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function isIsoPartialDate(value: string): boolean {
  const match = ISO_PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  // Date.UTC rolls 2017-02-30 over into March; a real date survives the round trip.
  return d >= 1 && new Date(Date.UTC(Number(year), m - 1, d)).getUTCDate() === d;
}

/** Up to `max` candidates within a small edit distance of `name`, nearest first. */
function closest(name: string, candidates: readonly string[], max: number): string[] {
  const limit = Math.max(2, Math.ceil(name.length * 0.4));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((c) => c.candidate);
}

function didYouMean(name: string, candidates: readonly string[]): string {
  const [best] = closest(name, candidates, 1);
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

