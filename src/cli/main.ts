/**
 * The `kg` command line
 * =====================
 *
 * One commander program; each command lives in a file of its own. Errors of
 * the user's making (KgError) print one line naming the file and exit 1;
 * anything else is a bug and prints its stack.
 *
 * Each command's module is imported when the command runs, not before: the
 * builder's modules load the TypeScript compiler (ts-morph) and the lexicons,
 * about 0.6 s that `kg show` or `kg query` should not pay.
 */
import { Command, Option } from "commander";
import { KgError, UsageError } from "../schema/index.js";
import { EXTRACTOR_VERSION } from "../version.js";

interface BuildOptions {
  corpus: string;
  out: string;
  curated: string | boolean;
  quiet?: boolean;
  strict?: boolean;
  jobs?: string;
  cache?: string | boolean;
  minParallelChars?: string;
  allowEmpty?: boolean;
}

export function createProgram(): Command {
  const program = new Command();
  program.name("kg").description("Build a knowledge graph from news articles, offline.").version(EXTRACTOR_VERSION);
  program
    .command("build")
    .description("read a corpus folder and write graph.json and graph.gexf")
    .option("--corpus <path>", "folder (or file) of .txt/.md/.html/.jsonl articles", "corpus")
    .option("--out <dir>", "output folder", "graph")
    .option("--curated <file>", "curated layer (default: <corpus>/curated.ts if present)")
    .option("--no-curated", "build from extraction alone")
    .option("--quiet", "print nothing but errors")
    .option("--strict", "exit 1 when any article was skipped or had warnings")
    .option("--jobs <n>", "threads that extract, this one included (default: the number of cores; 1: no workers)")
    .option("--cache <file>", "extraction cache for incremental builds (default: <out>/.kg-cache/extractions.sqlite)")
    .option("--no-cache", "extract every article, reading and writing no cache")
    .option("--allow-empty", "write an (empty) graph even when the corpus has no articles")
    // Tests lower it to exercise the workers on small corpora.
    .addOption(new Option("--min-parallel-chars <n>", "extract in the main thread when less text than this needs extracting").hideHelp())
    .action(async (opts: BuildOptions) => {
      const { buildCommand, defaultCuratedPath } = await import("./build-command.js");
      const curated = opts.curated === false ? false : typeof opts.curated === "string" ? opts.curated : defaultCuratedPath(opts.corpus);
      const quiet = opts.quiet ?? false;
      const { summary } = await buildCommand({
        corpus: opts.corpus,
        out: opts.out,
        curated,
        quiet,
        strict: opts.strict ?? false,
        ...(opts.allowEmpty ? { allowEmpty: true } : {}),
        ...(opts.jobs !== undefined ? { jobs: wholeNumber("--jobs", opts.jobs, 1) } : {}),
        ...(opts.cache === false ? { cache: false } : typeof opts.cache === "string" ? { cache: opts.cache } : {}),
        ...(opts.minParallelChars !== undefined ? { minParallelChars: wholeNumber("--min-parallel-chars", opts.minParallelChars, 0) } : {}),
        // A bar only where someone watches: a terminal, not CI, not --quiet.
        progress: process.stderr.isTTY === true && !quiet && !inCi(),
      });
      if (opts.strict && summary.warnings + summary.errors > 0) process.exitCode = 1;
    });
  program
    .command("extract")
    .description("print what the extractor finds in one article (or, with --jsonl, in each line of a JSONL file)")
    .argument("<file>", "a .txt/.md article or a .jsonl file")
    .option("--jsonl", "write one JSON line per article")
    .action(async (file: string, opts: { jsonl?: boolean }) => {
      const { extractCommand } = await import("./extract-command.js");
      process.exitCode = await extractCommand(file, { jsonl: opts.jsonl ?? false }, (s) => process.stdout.write(s));
    });
  program
    .command("nlp")
    .description("tag, parse and NER-tag CoNLL-U (keeping its tokens) or, with --text, raw text; writes CoNLL-U")
    .argument("<file>", "a CoNLL-U file, or a text file with --text")
    .option("--text", "the file is raw text: split and tokenize it first")
    .action(async (file: string, opts: { text?: boolean }) => {
      const { nlpCommand } = await import("./nlp-command.js");
      process.exitCode = nlpCommand(file, { text: opts.text ?? false }, (s) => process.stdout.write(s));
    });
  addQueryCommands(program);
  return program;
}

const GRAPH = "graph/graph.json";

/** CI=true (or any value but "", "0" and "false") marks a CI run. */
function inCi(): boolean {
  const ci = process.env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`${option} ${value}: give a whole number, ${min} or more`);
  return n;
}
const stdout = (s: string) => void process.stdout.write(s);

/** show, query, path, timeline, sparql, export and curate: the graph once built. */
function addQueryCommands(program: Command): void {
  program
    .command("show")
    .description("an entity (by name, alias or key) with its relations and claims")
    .argument("<name>", 'a label, alias or node key ("Hmeymim", "place:tartus")')
    .option("--graph <path>", "graph.json to read", GRAPH)
    .option("--json", "print JSON")
    .option("--kind <kinds>", "only entities of this kind (person, place, force, organization, event) match NAME")
    .option("--predicate <predicates>", "only these relations (comma-separated names or labels)")
    .option("--direction <dir>", "out (NAME is the subject), in (the object) or both", "both")
    .option("--other-kind <kinds>", "only relations whose other end is of these kinds")
    .option("--origin <origins>", "only relations of this origin: curated, extracted, both")
    .option("--min-confidence <n>", "only relations at least this confident (0..1)")
    .option("--from <date>", "only relations dated (by event or article) from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "only relations dated up to this date")
    .action(async (name: string, opts) => {
      const { showCommand } = await import("./show-command.js");
      process.exitCode = showCommand(name, opts, stdout);
    });
  program
    .command("query")
    .description("match triple patterns, e.g. '?p visited ?place . ?place located_in Syria'")
    .argument("<pattern>", 'triples "subject predicate object" separated by " . "; ?x is a variable')
    .option("--graph <path>", "graph.json to read", GRAPH)
    .option("--json", "print JSON")
    .option("--limit <n>", "at most this many rows")
    .option("--origin <origins>", "only edges of this origin: curated, extracted, both")
    .option("--min-confidence <n>", "only edges at least this confident (0..1)")
    .action(async (pattern: string, opts) => {
      const { queryCommand } = await import("./query-command.js");
      process.exitCode = queryCommand(pattern, opts, stdout);
    });
  program
    .command("path")
    .description("the shortest paths between two entities, explained edge by edge")
    .argument("<from>", "a name, alias or key")
    .argument("<to>", "a name, alias or key")
    .option("--graph <path>", "graph.json to read", GRAPH)
    .option("--json", "print JSON")
    .option("--limit <n>", "at most this many paths", "3")
    .option("--max-length <n>", "longest path searched, in edges", "8")
    .option("--directed", "follow edges from subject to object only")
    .option("--predicate <predicates>", "only edges with these predicates")
    .action(async (from: string, to: string, opts) => {
      const { pathCommand } = await import("./path-command.js");
      process.exitCode = pathCommand(from, to, opts, stdout);
    });
  program
    .command("timeline")
    .description("events in date order, with who took part and where")
    .option("--graph <path>", "graph.json to read", GRAPH)
    .option("--json", "print JSON")
    .option("--from <date>", "first date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "last date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--undated", "also list events without a date (when no window is given)")
    .action(async (opts) => {
      const { timelineCommand } = await import("./timeline-command.js");
      process.exitCode = timelineCommand(opts, stdout);
    });
  program
    .command("sparql")
    .description("run a SPARQL 1.1 query over the graph as RDF (Oxigraph)")
    .argument("<query>", "SELECT, ASK, CONSTRUCT or DESCRIBE; the kg:, person:, place:, … prefixes are predeclared")
    .option("--graph <path>", "graph.json (or a .ttl file) to query", GRAPH)
    .option("--json", "print SPARQL 1.1 JSON results")
    .action(async (query: string, opts) => {
      const { sparqlCommand } = await import("./sparql-command.js");
      process.exitCode = sparqlCommand(query, opts, stdout);
    });
  program
    .command("export")
    .description("write the graph as Turtle (RDF), GraphML, CSV node and edge lists, a Cypher script, or GEXF 1.3 or 1.2draft")
    .requiredOption("--format <format>", "ttl, graphml, csv, cypher or gexf")
    .option("--graph <path>", "graph.json to read", GRAPH)
    .option("--out <path>", "output file (for csv: a folder); default: next to the graph")
    .option("--gexf-version <version>", "with --format gexf: 1.3 (default) or 1.2 (GEXF 1.2draft, for NetworkX before 3.6)")
    .action(async (opts: { format: string; graph: string; out?: string; gexfVersion?: string }) => {
      const { exportCommand } = await import("./export-command.js");
      await exportCommand(opts, (line) => console.log(line));
    });

  const curate = program.command("curate").description("edit the curated layer (corpus/curated.ts) in place");
  const curateOptions = (command: Command) =>
    command.option("--file <path>", "the curated file to edit", "corpus/curated.ts").option("--graph <path>", "graph.json the edge ids and names come from", GRAPH);
  const runCurate = async (action: "accept" | "reject" | "alias" | "distinct", args: string[], opts: { file: string; graph: string }) => {
    const { curateCommand } = await import("./curate-command.js");
    await curateCommand(action, args, opts, (line) => console.log(line));
  };
  curateOptions(curate.command("accept").description("turn an extracted edge into a curated triple").argument("<edge>", "edge id, subject|predicate|object")).action(
    (edge: string, opts) => runCurate("accept", [edge], opts),
  );
  curateOptions(curate.command("reject").description("drop an extracted edge from later builds").argument("<edge>", "edge id, subject|predicate|object")).action(
    (edge: string, opts) => runCurate("reject", [edge], opts),
  );
  curateOptions(
    curate.command("alias").description("add an alias to an entity").argument("<name>", "the entity: curated id, label or alias, or a graph name").argument("<alias>", "the new name"),
  ).action((name: string, alias: string, opts) => runCurate("alias", [name, alias], opts));
  curateOptions(
    curate
      .command("distinct")
      .description("keep two names apart: resolution never merges them (undoes a wrong merge a node's \"merged from\" shows)")
      .argument("<name>", "a name or node key of the graph (label, alias, merged name)")
      .argument("<other>", "the other name or node key"),
  ).action((name: string, other: string, opts) => runCurate("distinct", [name, other], opts));
}

export async function main(argv: string[] = process.argv): Promise<void> {
  // `kg extract … | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  try {
    await createProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof KgError) {
      process.stderr.write(`kg: ${err.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}
