/**
 * Test helpers: GEXF validation and NetworkX read-back
 * ====================================================
 *
 * Shared by the exporter's unit tests and the CLI's end-to-end tests: the
 * GEXF 1.3 schemas in ../shared/gexf-schema (the fixed XSD and the official
 * RELAX NG), and every Python on the machine that has NetworkX, with the
 * namespace patch old NetworkX versions need to read GEXF 1.3.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";
import { sharedPath } from "./skip-note.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaRoot = sharedPath("gexf-schema");
export const hasSchemas = existsSync(path.join(schemaRoot, "1.3/gexf.rng"));

export function schemaFile(relative: string): { fileName: string; contents: string } {
  return { fileName: path.basename(relative), contents: readFileSync(path.join(schemaRoot, relative), "utf8") };
}

/** The README's RNG check: the official RNG rejects the xsi attributes. */
export function stripXsi(xml: string): string {
  return xml.replace(/ xmlns:xsi="[^"]*"/, "").replace(/ xsi:schemaLocation="[^"]*"/, "");
}

/** Validates against the fixed GEXF 1.3 XSD (with the viz-namespace mend). */
export function validateGexfXsd(xml: string) {
  return validateXML({
    xml: [{ fileName: "graph.gexf", contents: xml }],
    schema: [schemaFile("1.3-fixed/gexf.xsd")],
    preload: [schemaFile("1.3-fixed/dynamics.xsd"), schemaFile("1.3-fixed/viz.xsd")],
  });
}

/** Validates against the official GEXF 1.3 RELAX NG schema, xsi attributes stripped first. */
export function validateGexfRng(xml: string) {
  return validateXML({
    xml: [{ fileName: "graph.gexf", contents: stripXsi(xml) }],
    schema: [schemaFile("1.3/gexf.rng")],
    preload: [schemaFile("1.3/dynamics.rng"), schemaFile("1.3/viz.rng")],
    extension: "relaxng",
  });
}

/** Every error of both schemas, as xmllint words them; empty when the file is valid. */
export async function schemaErrors(xml: string): Promise<string[]> {
  const xsd = await validateGexfXsd(xml);
  const rng = await validateGexfRng(xml);
  return [...xsd.errors, ...rng.errors].map((e) => e.rawMessage);
}

/** Every Python on this machine that has NetworkX (PATH's may be pyenv's, /usr/bin's Debian's). */
export const PYTHONS = [...new Set(["python3", "/usr/bin/python3"])].filter(
  (exe) => spawnSync(exe, ["-c", "import networkx"], { stdio: "ignore" }).status === 0,
);
export const hasNetworkx = PYTHONS.length > 0;

// NetworkX knows the GEXF 1.3 namespace only from 3.6 (networkx#8196); Debian ships 2.8.8.
// For older versions register it exactly as that change does, then read as usual.
/** Python prelude: imports json, sys, networkx as nx and gexf; sets `native`; registers GEXF 1.3 if needed. */
export const NETWORKX_PRELUDE = `
import json, sys, networkx as nx
from networkx.readwrite import gexf
native = "1.3" in gexf.GEXF.versions
if not native:
    d = dict(gexf.GEXF.versions["1.2draft"])
    d.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    gexf.GEXF.versions["1.3"] = d
`;

/** Runs `NETWORKX_PRELUDE + script` with the GEXF text on stdin (read it with `nx.read_gexf(sys.stdin.buffer)`). */
export function runNetworkx(python: string, script: string, gexfText: string): SpawnSyncReturns<string> {
  return spawnSync(python, ["-c", `${NETWORKX_PRELUDE}${script}`], { input: gexfText, encoding: "utf8" });
}
