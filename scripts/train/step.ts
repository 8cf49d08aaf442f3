/**
 * One step of `npm run train`, in a process of its own
 * ====================================================
 *
 * `step.ts tagger|fold|parser|ner`, with OUT_DIR (models/) and WORK_DIR (the
 * jackknifed tags) in the environment; see index.ts.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { JACKKNIFE_FOLDS, tagFold, withPredictedTags } from "./jackknife.js";
import { trainNer } from "./train-ner.js";
import { trainParser } from "./train-parser.js";
import { trainTagger } from "./train-tagger.js";
import { TREEBANK_FILES, readTreebank } from "./treebank.js";

const step = process.argv[2];
const outDir = process.env.OUT_DIR!;
const workDir = process.env.WORK_DIR!;
const log = (l: string) => console.log(l);
const treebankTrain = () => [...readTreebank(TREEBANK_FILES.ewtTrain), ...readTreebank(TREEBANK_FILES.gumTrain)];
const write = (name: string, bytes: Uint8Array) => {
  writeFileSync(path.join(outDir, name), bytes);
  console.log(`wrote ${name} (${(bytes.length / 1e6).toFixed(2)} MB)`);
};

if (step === "tagger") {
  write("tagger.bin", trainTagger(treebankTrain(), { log }));
} else if (step === "fold") {
  const fold = Number(process.env.FOLD);
  const tags = tagFold(treebankTrain(), fold, {});
  // Written whole, then renamed: a kept tag folder (--fold-tags) never holds half a file.
  const file = path.join(workDir, `fold-${fold}.json`);
  writeFileSync(`${file}.part`, JSON.stringify(tags));
  renameSync(`${file}.part`, file);
  console.log(`tagged fold ${fold} (${tags.length} sentences)`);
} else if (step === "parser") {
  const folds = Array.from({ length: JACKKNIFE_FOLDS }, (_, f) => JSON.parse(readFileSync(path.join(workDir, `fold-${f}.json`), "utf8")) as string[][]);
  write("parser.bin", trainParser(withPredictedTags(treebankTrain(), folds), { log }));
} else if (step === "ner") {
  write("ner.bin", trainNer({ log }));
} else {
  console.error(`step: unknown step ${step}`);
  process.exit(2);
}
