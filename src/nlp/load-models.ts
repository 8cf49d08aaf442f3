/**
 * Loading the trained models
 * ==========================
 *
 * The one place of the core that touches the disk: reads models/*.bin (beside
 * src/ and dist/ in the package) once per process and thread, and hands the
 * models to the pure stages. A missing or damaged file is a ModelError naming
 * it and saying how to rebuild it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ModelError } from "../schema/index.js";
import type { NlpModels } from "./analyze.js";
import { NerTagger } from "./ner.js";
import { Parser } from "./parser.js";
import { Tagger } from "./tagger.js";

/** The package's models/ folder. */
export const MODELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "models");

export const MODEL_FILES = { tagger: "tagger.bin", parser: "parser.bin", ner: "ner.bin" } as const;

export interface LoadModelsOptions {
  /** The folder of tagger.bin, parser.bin and ner.bin; default: $NEWS_KG_MODELS, else the package's models/. */
  dir?: string;
  /** Load the parser too (the costliest model to run; not every caller needs trees). */
  parser?: boolean;
}

const cache = new Map<string, NlpModels>();

export function loadModels(options: LoadModelsOptions = {}): NlpModels {
  // NEWS_KG_MODELS points every thread at other model files (retrained ones, or a test's).
  const dir = options.dir ?? (process.env.NEWS_KG_MODELS || MODELS_DIR);
  const key = `${dir}|${options.parser === false ? "" : "p"}`;
  const known = cache.get(key);
  if (known) return known;
  const exists = (name: string) => existsSync(path.join(dir, name));
  const read = (name: string): [Uint8Array, string] => {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw new ModelError(file, "not found; run `npm run train` to build the models (or reinstall news-kg)");
    return [new Uint8Array(readFileSync(file)), file];
  };
  const models: NlpModels = {
    tagger: Tagger.fromBytes(...read(MODEL_FILES.tagger)),
    ner: NerTagger.fromBytes(...read(MODEL_FILES.ner)),
    // Optional until it has been trained: without it the analysis has no trees.
    ...(options.parser === false || !exists(MODEL_FILES.parser) ? {} : { parser: Parser.fromBytes(...read(MODEL_FILES.parser)) }),
  };
  cache.set(key, models);
  return models;
}
