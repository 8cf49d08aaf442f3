import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { extractArticle, extractArticleWithDependencies } from "../../src/extract-article.js";
import { dependenciesHold } from "../../src/nlp/model-dependencies.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";

describe("extraction's dependencies on the corpus models", () => {
  it("records what it read, and a result whose answers still hold equals a fresh extraction", async () => {
    const { articles } = await readCorpus("corpus");
    const texts = articles.map((a) => a.text);
    const casing = buildCasingModel(texts);
    const vocabulary = buildVocabulary(texts);
    // The same models: every recorded answer holds, and the result is what plain extraction gives.
    for (const a of articles) {
      const { extraction, dependencies } = extractArticleWithDependencies(a, { casing, vocabulary });
      expect(dependencies.length).toBeGreaterThan(0);
      expect(dependenciesHold(dependencies, casing, vocabulary)).toBe(true);
      expect(JSON.stringify(extraction)).toBe(JSON.stringify(extractArticle(a, { casing, vocabulary })));
    }
  });

  it("tells when another article changes an answer an extraction read", async () => {
    const { articles } = await readCorpus("corpus");
    const reuters = articles.find((a) => a.outlet === "Reuters")!;
    const others = articles.filter((a) => a !== reuters);
    // Truecasing the lower-cased Reuters story reads how the other stories write "hmeymim".
    const alone = buildCasingModel([reuters.text]);
    const { dependencies } = extractArticleWithDependencies(reuters, { casing: alone, vocabulary: buildVocabulary([reuters.text]) });
    const withOthers = buildCasingModel([reuters.text, ...others.map((a) => a.text)]);
    expect(dependenciesHold(dependencies, withOthers, buildVocabulary([reuters.text, ...others.map((a) => a.text)]))).toBe(false);
    // And for each story: if its answers hold after another story is added, its result is unchanged.
    const extra = "The minister visited Paris on Tuesday. Officials in Berlin said little.";
    const before = { casing: buildCasingModel(articles.map((a) => a.text)), vocabulary: buildVocabulary(articles.map((a) => a.text)) };
    const after = { casing: buildCasingModel([...articles.map((a) => a.text), extra]), vocabulary: buildVocabulary([...articles.map((a) => a.text), extra]) };
    let held = 0;
    for (const a of articles) {
      const { extraction, dependencies } = extractArticleWithDependencies(a, before);
      if (!dependenciesHold(dependencies, after.casing, after.vocabulary)) continue;
      held++;
      expect(JSON.stringify(extractArticle(a, after))).toBe(JSON.stringify(extraction));
    }
    expect(held).toBeGreaterThan(0);
  });
});
