// The pool's worker when news-kg runs from its TypeScript sources (tests,
// scripts under tsx): Node cannot load .ts by itself, and loader hooks given
// with --import do not reach worker threads in Node 20, so the worker loads
// the .ts entry through tsx's API. The compiled package never uses this file.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.tsEntry, import.meta.url);
