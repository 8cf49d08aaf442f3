/**
 * Where the tagger goes wrong on a dev split: accuracy on words unseen in
 * training (OOV) and on known words, and the commonest UPOS confusions.
 * `npx tsx scripts/train/tagger-errors.ts [model]` (default models/tagger.bin).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Tagger } from "../../src/nlp/tagger.js";
import { TREEBANK_FILES, forms, readTreebank } from "./treebank.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? path.join(here, "../../models/tagger.bin");
const tagger = Tagger.fromBytes(new Uint8Array(readFileSync(file)), file);
const train = [...readTreebank(TREEBANK_FILES.ewtTrain), ...readTreebank(TREEBANK_FILES.gumTrain)];
const seen = new Map<string, number>();
for (const s of train) for (const w of s.words) seen.set(w.form.toLowerCase(), (seen.get(w.form.toLowerCase()) ?? 0) + 1);
for (const [name, f] of [["EWT dev", TREEBANK_FILES.ewtDev], ["GUM dev", TREEBANK_FILES.gumDev]] as const) {
  const bins = new Map<string, [number, number]>();
  const conf = new Map<string, number>();
  let errors = 0;
  for (const s of readTreebank(f)) {
    const r = tagger.tag(forms(s));
    s.words.forEach((w, i) => {
      const n = seen.get(w.form.toLowerCase()) ?? 0;
      const bin = n === 0 ? "OOV" : n < 3 ? "rare(1-2)" : n < 20 ? "3-19" : "20+";
      const b = bins.get(bin) ?? [0, 0];
      b[0]++;
      if (r.upos[i] === w.upos) b[1]++;
      else {
        errors++;
        const k = `${w.upos}->${r.upos[i]} ${bin === "OOV" ? "oov" : "known"}`;
        conf.set(k, (conf.get(k) ?? 0) + 1);
      }
      bins.set(bin, b);
    });
  }
  const total = [...bins.values()].reduce((a, b) => a + b[0], 0);
  console.log(`${name}: ${total} words, ${errors} UPOS errors`);
  for (const [bin, [n, ok]] of [...bins].sort()) console.log(`  ${bin}: ${n} words (${((100 * n) / total).toFixed(2)}%), UPOS ${((100 * ok) / n).toFixed(2)}, ${n - ok} errors`);
  console.log("  confusions (gold->predicted):", [...conf].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k} ${v}`).join("; "));
}
