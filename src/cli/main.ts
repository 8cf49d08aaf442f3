/**
 * The `kg` command line
 * =====================
 *
 * One commander program; each command lives in a file of its own. Errors of
 * the user's making (KgError) print one line naming the file and exit 1;
 * anything else is a bug and prints its stack.
 */
import { Command } from "commander";
import { KgError } from "../schema/index.js";
import { EXTRACTOR_VERSION } from "../version.js";
import { buildCommand, defaultCuratedPath } from "./build-command.js";
import { extractCommand } from "./extract-command.js";

export function createProgram(): Command {
  const program = new Command();
  program.name("kg").description("Build a knowledge graph from news articles, offline.").version(EXTRACTOR_VERSION);
  program
    .command("build")
    .description("read a corpus folder and write graph.json and graph.gexf")
    .option("--corpus <path>", "folder (or file) of .txt/.md/.jsonl articles", "corpus")
    .option("--out <dir>", "output folder", "graph")
    .option("--curated <file>", "curated layer (default: <corpus>/curated.ts if present)")
    .option("--no-curated", "build from extraction alone")
    .option("--quiet", "print nothing but errors")
    .option("--strict", "exit 1 when any article was skipped or had warnings")
    .action(async (opts: { corpus: string; out: string; curated: string | boolean; quiet?: boolean; strict?: boolean }) => {
      const curated = opts.curated === false ? false : typeof opts.curated === "string" ? opts.curated : defaultCuratedPath(opts.corpus);
      const { summary } = await buildCommand({ corpus: opts.corpus, out: opts.out, curated, quiet: opts.quiet ?? false, strict: opts.strict ?? false });
      if (opts.strict && summary.warnings + summary.errors > 0) process.exitCode = 1;
    });
  program
    .command("extract")
    .description("print what the extractor finds in one article (or, with --jsonl, in each line of a JSONL file)")
    .argument("<file>", "a .txt/.md article or a .jsonl file")
    .option("--jsonl", "write one JSON line per article")
    .action(async (file: string, opts: { jsonl?: boolean }) => {
      process.exitCode = await extractCommand(file, { jsonl: opts.jsonl ?? false }, (s) => process.stdout.write(s));
    });
  return program;
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
