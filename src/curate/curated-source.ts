/**
 * news-kg curate: CuratedSource, the curated file as editable text
 * ================================================================
 *
 * `kg curate` edits `corpus/curated.ts` in place. Each edit is a splice of
 * the file's text at a position found with ts-morph: a new entry goes on a
 * line of its own, indented like its neighbours, after the entry it belongs
 * with; everything else (comments, blank lines, formatting, quoting style)
 * stays byte for byte. The syntax tree is only used to find positions; the
 * file is parsed again after every splice, so positions are never stale.
 *
 * One entry per line matters beyond looks: the builder uses an entry's line
 * as its provenance (`corpus/curated.ts:LINE`).
 */
import { Node, Project, SyntaxKind, ts } from "ts-morph";
import type { ArrayLiteralExpression, ObjectLiteralExpression, PropertyAssignment, SourceFile } from "ts-morph";
import { CurationError } from "../schema/index.js";

type ListName = "entities" | "triples" | "rejected" | "distinct";

let project: Project | undefined;

export class CuratedSource {
  private source: SourceFile;

  constructor(
    private current: string,
    readonly file: string,
  ) {
    this.source = this.parse();
  }

  get text(): string {
    return this.current;
  }

  /** 1-based line of a character position. */
  lineAt(pos: number): number {
    return ts.getLineAndCharacterOfPosition(this.source.compilerNode, pos).line + 1;
  }

  /** The object literal of an entity by its `id`, or undefined. */
  entityObject(id: string): ObjectLiteralExpression | undefined {
    const list = this.list("entities");
    if (!list) return undefined;
    return list
      .getElements()
      .map(unwrap)
      .filter(Node.isObjectLiteralExpression)
      .find((o) => stringProperty(o, "id") === id);
  }

  /** The string values of the `rejected` list. */
  rejectedIds(): string[] {
    const list = this.list("rejected");
    if (!list) return [];
    return list.getElements().map((e) => stringLiteral(unwrap(e))).filter((v): v is string => v !== undefined);
  }

  /**
   * Puts `element` on a new line of list `name`, after the element `after`
   * picks (the last one when it picks none), and returns its line. A missing
   * `rejected` list is created after `triples`, a missing `distinct` list
   * after `rejected` (or `triples`).
   */
  insert(name: ListName, element: string, after?: (element: Node) => boolean): number {
    let list = this.list(name);
    if (!list) {
      if (name !== "rejected" && name !== "distinct") throw new CurationError(this.file, 1, `the curated data has no "${name}" list; add \`${name}: []\``);
      this.createList(name);
      list = this.list(name)!;
    }
    const elements = list.getElements();
    let anchor: Node | undefined;
    for (const e of elements) if (!after || after(e)) anchor = e;
    anchor ??= elements[elements.length - 1];
    const pos = this.insertElement(list, element, anchor);
    return this.lineAt(pos);
  }

  /** Appends `alias` to the `aliases` of the entity object with this id (creating the list after `label`). */
  appendAlias(id: string, alias: string): void {
    const object = this.entityObject(id);
    if (!object) throw new CurationError(this.file, 1, `no curated entity "${id}"`);
    const aliases = property(object, "aliases");
    const list = aliases ? unwrap(aliases.getInitializer()!) : undefined;
    if (list && Node.isArrayLiteralExpression(list)) {
      const elements = list.getElements();
      const start = list.getStart();
      const end = list.getEnd();
      // An empty list inside a one-line entity stays on that line.
      if (elements.length === 0 && this.current.slice(start + 1, end - 1).trim() === "") this.splice(start, end - start, `[${literal(alias)}]`);
      else this.insertElement(list, literal(alias), elements[elements.length - 1]);
      return;
    }
    if (aliases) throw new CurationError(this.file, this.lineAt(aliases.getStart()), `the "aliases" of entity "${id}" is not an array literal; write it as aliases: ["…"]`);
    const anchor = property(object, "label") ?? property(object, "kind") ?? property(object, "id");
    if (!anchor) throw new CurationError(this.file, this.lineAt(object.getStart()), `entity "${id}" has no label`);
    this.splice(anchor.getEnd(), 0, `, aliases: [${literal(alias)}]`);
  }

  // ── the file's shape ────────────────────────────────────────────────────────

  private parse(): SourceFile {
    project ??= new Project({
      useInMemoryFileSystem: true,
      skipLoadingLibFiles: true,
      skipFileDependencyResolution: true,
      compilerOptions: { target: ts.ScriptTarget.ES2022, noLib: true, noResolve: true },
    });
    return project.createSourceFile("/curated-edit.ts", this.current, { overwrite: true });
  }

  private data(): ObjectLiteralExpression {
    const exported = this.source.getExportAssignment((a) => !a.isExportEquals());
    let node: Node | undefined = exported?.getExpression();
    while (node) {
      node = unwrap(node);
      if (Node.isObjectLiteralExpression(node)) return node;
      if (Node.isCallExpression(node) && node.getArguments().length === 1) node = node.getArguments()[0];
      else break;
    }
    throw new CurationError(this.file, 1, "no `export default defineCurated({ entities: [...], triples: [...] })` found; `kg curate` edits only files of that shape");
  }

  private list(name: ListName): ArrayLiteralExpression | undefined {
    const p = property(this.data(), name);
    if (!p) return undefined;
    const value = unwrap(p.getInitializer()!);
    if (!Node.isArrayLiteralExpression(value)) {
      throw new CurationError(this.file, this.lineAt(p.getStart()), `"${name}" is not an array literal; write it as ${name}: [ … ]`);
    }
    return value;
  }

  /** Adds `rejected: []` after the `triples` property, `distinct: []` after `rejected` or `triples` (or as the last property). */
  private createList(name: ListName): void {
    const data = this.data();
    const properties = data.getProperties();
    const anchor = (name === "distinct" ? property(data, "rejected") : undefined) ?? property(data, "triples") ?? properties[properties.length - 1];
    if (!anchor) {
      this.splice(data.getStart() + 1, 0, ` ${name}: [] `);
      return;
    }
    // (positions below are read before any splice)
    const comma = anchor.getNextSiblingIfKind(SyntaxKind.CommaToken);
    const anchorEnd = anchor.getEnd();
    const end = comma ? comma.getEnd() : anchorEnd;
    const lineEnd = this.lineEnd(end);
    if (lineEnd <= data.getEnd() - 1) {
      // Properties on lines of their own: a new line, indented like the anchor.
      const indent = this.indentOf(anchor.getStart());
      this.splice(lineEnd, 0, `\n${indent}${name}: [],`);
      if (!comma) this.splice(anchorEnd, 0, ",");
    } else {
      this.splice(end, 0, comma ? ` ${name}: [],` : `, ${name}: []`);
    }
  }

  /** Inserts `element` after `anchor` (or into the empty list); returns the new element's position. */
  private insertElement(list: ArrayLiteralExpression, element: string, anchor: Node | undefined): number {
    // Every position is read before the first splice: a splice re-parses and retires the old nodes.
    const start = list.getStart();
    const close = list.getEnd() - 1;
    const indent = this.indentOf(start);
    const unit = this.indentUnit();
    if (!anchor) {
      const inner = this.current.slice(start + 1, close);
      if (inner.trim() === "") {
        this.splice(start, close + 1 - start, `[\n${indent}${unit}${element},\n${indent}]`);
        return start + 2 + indent.length + unit.length;
      }
      // Only comments inside: the element goes on a line before the closing bracket.
      const lineStart = this.current.lastIndexOf("\n", close - 1) + 1;
      if (this.current.slice(lineStart, close).trim() === "") {
        this.splice(lineStart, 0, `${indent}${unit}${element},\n`);
        return lineStart + indent.length + unit.length;
      }
      this.splice(close, 0, `\n${indent}${unit}${element},\n${indent}`);
      return close + 1 + indent.length + unit.length;
    }
    const comma = anchor.getNextSiblingIfKind(SyntaxKind.CommaToken);
    const isLast = list.getElements().at(-1) === anchor;
    const anchorEnd = anchor.getEnd();
    const anchorIndent = this.indentOf(anchor.getStart());
    const after = comma ? comma.getEnd() : anchorEnd;
    const lineEnd = this.lineEnd(after);
    if (close < lineEnd) {
      // A one-line list stays on one line.
      if (comma) {
        this.splice(after, 0, ` ${element},`);
        return after + 1;
      }
      this.splice(after, 0, `, ${element}`);
      return after + 2;
    }
    // After the anchor's line (so a comment ending that line stays with it), indented like the anchor.
    const trailing = comma || !isLast ? "," : "";
    this.splice(lineEnd, 0, `\n${anchorIndent}${element}${trailing}`);
    if (!comma) this.splice(anchorEnd, 0, ",");
    return lineEnd + 1 + anchorIndent.length + (comma ? 0 : 1);
  }

  // ── text ────────────────────────────────────────────────────────────────────

  private splice(pos: number, remove: number, insert: string): void {
    this.current = this.current.slice(0, pos) + insert + this.current.slice(pos + remove);
    this.source = this.parse();
  }

  /** Position of the end of the line containing `pos` (its "\n" or the end of the text). */
  private lineEnd(pos: number): number {
    const nl = this.current.indexOf("\n", pos);
    const end = nl === -1 ? this.current.length : nl;
    return end > pos && this.current[end - 1] === "\r" ? end - 1 : end;
  }

  private indentOf(pos: number): string {
    const lineStart = this.current.lastIndexOf("\n", pos - 1) + 1;
    return /^[ \t]*/.exec(this.current.slice(lineStart))![0];
  }

  /** The file's indentation step: how much deeper the first entity sits than `entities:`. */
  private indentUnit(): string {
    const entities = property(this.data(), "entities");
    const first = entities ? unwrap(entities.getInitializer()!) : undefined;
    if (entities && first && Node.isArrayLiteralExpression(first)) {
      const element = first.getElements()[0];
      if (element) {
        const outer = this.indentOf(entities.getStart());
        const inner = this.indentOf(element.getStart());
        if (inner.startsWith(outer) && inner.length > outer.length) return inner.slice(outer.length);
      }
    }
    return "  ";
  }
}

/** A TypeScript string literal, double-quoted as the seed file writes them. */
export function literal(value: string): string {
  return JSON.stringify(value);
}

function property(object: ObjectLiteralExpression, name: string): PropertyAssignment | undefined {
  for (const p of object.getProperties()) {
    if (!Node.isPropertyAssignment(p)) continue;
    const nameNode = p.getNameNode();
    const key = Node.isIdentifier(nameNode) ? nameNode.getText() : Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : undefined;
    if (key === name) return p;
  }
  return undefined;
}

function stringProperty(object: ObjectLiteralExpression, name: string): string | undefined {
  const p = property(object, name);
  return p ? stringLiteral(unwrap(p.getInitializer()!)) : undefined;
}

function stringLiteral(node: Node): string | undefined {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}

function unwrap(node: Node): Node {
  while (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isTypeAssertion(node)) {
    node = node.getExpression();
  }
  return node;
}

export { stringProperty, unwrap };
