import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clearFingerprintMemo, codeFingerprint } from "../../src/cache/code-fingerprint.js";

describe("codeFingerprint", () => {
  const pkg = mkdtempSync(path.join(os.tmpdir(), "kg-fp-"));
  const src = path.join(pkg, "src");
  mkdirSync(path.join(src, "nlp"), { recursive: true });
  mkdirSync(path.join(pkg, "models"));
  writeFileSync(path.join(src, "nlp", "tagger.ts"), "export const x = 1;\n");
  writeFileSync(path.join(pkg, "models", "tagger.bin"), Buffer.from([1, 2, 3]));
  const fp = () => {
    clearFingerprintMemo();
    return codeFingerprint("test", ["nlp"], [], ["models"], src);
  };

  it("is the same for the same files", () => {
    expect(fp()).toBe(fp());
  });

  it("changes when a model file's bytes change", () => {
    const before = fp();
    writeFileSync(path.join(pkg, "models", "tagger.bin"), Buffer.from([1, 2, 4]));
    expect(fp()).not.toBe(before);
  });

  it("changes when a model file is added", () => {
    const before = fp();
    writeFileSync(path.join(pkg, "models", "parser.bin"), Buffer.from([9]));
    expect(fp()).not.toBe(before);
  });

  it("changes when the code of a listed folder changes", () => {
    const before = fp();
    writeFileSync(path.join(src, "nlp", "tagger.ts"), "export const x = 2;\n");
    expect(fp()).not.toBe(before);
  });

  it("ignores files of other kinds in the model folder", () => {
    const before = fp();
    writeFileSync(path.join(pkg, "models", "README.md"), "notes\n");
    expect(fp()).toBe(before);
  });
});
