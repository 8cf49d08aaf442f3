/**
 * Types for the parts of n3 (N3.js) that news-kg uses
 * ===================================================
 *
 * n3 ships no TypeScript declarations and @types/n3 is not a dependency, so
 * the few classes and functions used (DataFactory, Writer, Parser) are
 * declared here, after N3.js 2.x's documented API. Not part of the public API:
 * no exported signature mentions these types.
 */
declare module "n3" {
  interface BaseTerm {
    readonly termType: string;
    readonly value: string;
    equals(other: BaseTerm | null | undefined): boolean;
  }
  export interface NamedNode extends BaseTerm {
    readonly termType: "NamedNode";
  }
  export interface BlankNode extends BaseTerm {
    readonly termType: "BlankNode";
  }
  export interface Literal extends BaseTerm {
    readonly termType: "Literal";
    readonly language: string;
    readonly datatype: NamedNode;
  }
  export interface DefaultGraph extends BaseTerm {
    readonly termType: "DefaultGraph";
  }
  export type Term = NamedNode | BlankNode | Literal | DefaultGraph;
  export interface Quad {
    readonly subject: NamedNode | BlankNode;
    readonly predicate: NamedNode;
    readonly object: NamedNode | BlankNode | Literal;
    readonly graph: Term;
  }
  export const DataFactory: {
    namedNode(iri: string): NamedNode;
    blankNode(name?: string): BlankNode;
    literal(value: string | number, languageOrDatatype?: string | NamedNode): Literal;
    defaultGraph(): DefaultGraph;
    quad(subject: NamedNode | BlankNode, predicate: NamedNode, object: NamedNode | BlankNode | Literal, graph?: Term): Quad;
  };
  export interface WriterOptions {
    prefixes?: Record<string, string>;
    format?: string;
  }
  export class Writer {
    constructor(options?: WriterOptions);
    addQuad(quad: Quad): void;
    addQuads(quads: readonly Quad[]): void;
    quadsToString(quads: readonly Quad[]): string;
    end(done: (error: Error | null, result: string) => void): void;
  }
  export interface ParserOptions {
    format?: string;
    baseIRI?: string;
  }
  export class Parser {
    constructor(options?: ParserOptions);
    parse(input: string): Quad[];
  }
}
