/**
 * A worker thread of the extraction pool
 * ======================================
 *
 * Loads the extractor and its lexicons as soon as it starts (while the main
 * thread is still building the corpus models), then waits for the models and
 * extracts the batches of articles it is sent, answering each batch with one
 * serialised outcome per article, in order. See extract-pool.ts.
 */
import { parentPort } from "node:worker_threads";
import { extractArticle } from "../extract-article.js";
import type { Article } from "../schema/index.js";
import { extractSerialized } from "./extract-articles.js";
import type { CorpusModels } from "./types.js";
import type { ToPool, ToWorker } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("extract-worker.js runs as a worker thread of extract-pool.js");

// Load the lexicons and gazetteer now, not on the first real article.
extractArticle({ id: "warm-up", text: "President Vladimir Putin visited Damascus on Monday, the Reuters news agency said.", published: "2017-12-11" });

let models: CorpusModels | undefined;
port.on("message", (message: ToWorker) => {
  if (message.type === "models") {
    models = { casing: message.casing, vocabulary: message.vocabulary };
    return;
  }
  if (!models) throw new Error("extract-worker: a batch arrived before the models");
  const m = models;
  const results = message.articles.map((a: Article) => extractSerialized(a, m, message.forCache));
  const reply: ToPool = { type: "done", batch: message.batch, results };
  port.postMessage(reply);
});
port.postMessage({ type: "ready" } satisfies ToPool);
