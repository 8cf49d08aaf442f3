/**
 * parseFrontMatter: the YAML subset and the body offset
 * =====================================================
 *
 * The body offset must point just past the closing `---` line, whatever the
 * line endings, so that `text.slice(bodyOffset)` is the article exactly.
 */
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/corpus/front-matter.js";

describe("parseFrontMatter", () => {
  it("returns the fields and the offset of the body", () => {
    const head = "---\nid: abc\ntitle: 'It''s over'\noutlet: \"BBC \\u2013 News\"\npublished: 2017-12-11\n---\n";
    const text = `${head}\nBody starts here.\n`;
    const fm = parseFrontMatter(text);
    expect(fm).toEqual({
      present: true,
      fields: { id: "abc", title: "It's over", outlet: "BBC – News", published: "2017-12-11" },
      bodyOffset: head.length,
      problems: [],
    });
    expect(text.slice(fm.bodyOffset)).toBe("\nBody starts here.\n");
  });

  it.each([
    ["CRLF line endings", "---\r\nTitle: x\r\n---\r\nBody\r\n", "Body\r\n", { title: "x" }],
    ["closing '...'", "---\ntitle: x\n...\nBody", "Body", { title: "x" }],
    ["closing line at end of file", "---\ntitle: x\n---", "", { title: "x" }],
    ["comments, blank lines and nested values", "---\n# c\n\ntitle: x # note\nauthors:\n  - A\n- B\n---\nB", "B", { title: "x", authors: "" }],
    ["a '#' inside a bare value", "---\ntitle: C#7 and #1\n---\nB", "B", { title: "C#7 and" }],
  ])("handles %s", (_name, text, body, fields) => {
    const fm = parseFrontMatter(text);
    expect(fm.present).toBe(true);
    expect(fm.fields).toEqual(fields);
    expect(text.slice(fm.bodyOffset)).toBe(body);
  });

  it.each([
    ["no front matter", "Putin said --- nothing.\n"],
    ["a dash line later in the text", "Text\n---\ntitle: x\n---\n"],
    ["a leading space", " ---\ntitle: x\n---\nBody"],
  ])("leaves the text alone with %s", (_name, text) => {
    expect(parseFrontMatter(text)).toEqual({ present: false, fields: {}, bodyOffset: 0, problems: [] });
  });

  it("treats an unclosed block as text and says so", () => {
    const fm = parseFrontMatter("---\nThis is a Markdown rule, then prose.\n");
    expect(fm.present).toBe(false);
    expect(fm.bodyOffset).toBe(0);
    expect(fm.problems).toEqual([{ line: 1, message: expect.stringContaining("never closed") }]);
  });

  it("reports lines it cannot read with their line numbers, keeping the rest", () => {
    const fm = parseFrontMatter('---\ntitle: ok\njust words\nid: "open\nid: a\nid: b\nsummary: >\n---\nBody');
    expect(fm.fields).toEqual({ title: "ok", id: "a" });
    expect(fm.problems.map((p) => p.line)).toEqual([3, 4, 6, 7]);
    expect(fm.problems[0]!.message).toContain("write it as 'key: value'");
    expect(fm.problems[1]!.message).toContain("unterminated double-quoted value");
    expect(fm.problems[2]!.message).toContain("duplicate key 'id'");
    expect(fm.problems[3]!.message).toContain("multi-line values");
  });

  it("does not let a __proto__ key reach the prototype", () => {
    const fm = parseFrontMatter("---\n__proto__: x\n---\nB");
    expect(Object.getPrototypeOf(fm.fields)).toBe(Object.prototype);
    expect(Object.keys(fm.fields)).toEqual(["__proto__"]);
  });
});
