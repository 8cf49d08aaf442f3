/**
 * news-kg corpus stage: front matter
 * ==================================
 *
 * Articles may start with a block of metadata between `---` lines, as in
 * Jekyll or Hugo. Only the YAML subset that article metadata needs is read:
 * `key: value` lines with a bare, "double-quoted" (JSON escapes) or
 * 'single-quoted' value, blank lines and `#` comments. Indented lines and
 * list items belong to nested values of keys this stage does not use, so
 * they are passed over rather than reported. A full YAML parser would be a
 * dependency for five keys.
 *
 * The body offset is returned rather than the body itself, so the caller
 * slices the text once and every offset stays an index into the file.
 */

export interface FrontMatterProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface FrontMatter {
  /** Whether the text opened with a (closed) front-matter block. */
  present: boolean;
  /** Keys lower-cased, values unquoted; empty without front matter. */
  fields: Record<string, string>;
  /** Index in the text just after the closing `---` line; 0 without front matter. */
  bodyOffset: number;
  problems: FrontMatterProblem[];
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w.-]*)[ \t]*:(.*)$/;

export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { present: false, fields: {}, bodyOffset: 0, problems: [] };

  const fields = new Map<string, string>();
  const problems: FrontMatterProblem[] = [];
  let pos = open[0].length;
  for (let lineNo = 2; ; lineNo++) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    let line = text.slice(pos, nl === -1 ? text.length : nl);
    if (line.endsWith("\r")) line = line.slice(0, -1);

    if (CLOSE.test(line)) {
      return { present: true, fields: Object.fromEntries(fields), bodyOffset: next, problems };
    }
    const problem = readLine(line, fields);
    if (problem) problems.push({ line: lineNo, message: problem });

    if (nl === -1) break;
    pos = next;
  }
  // Without a closing line this is not front matter (perhaps a Markdown rule): keep the whole text.
  return {
    present: false,
    fields: {},
    bodyOffset: 0,
    problems: [{ line: 1, message: "front matter opened with '---' is never closed by a '---' line; read the whole file as text" }],
  };
}

/** Adds the line's key and value to `fields`; returns a problem description if the line cannot be read. */
function readLine(line: string, fields: Map<string, string>): string | undefined {
  if (/^\s*(?:#.*)?$/.test(line)) return undefined;
  if (/^[ \t]/.test(line) || /^-(?:\s|$)/.test(line)) return undefined;

  const m = KEY_VALUE.exec(line);
  if (!m) return `front matter: cannot read ${JSON.stringify(line)}; write it as 'key: value'`;
  const key = m[1]!.toLowerCase();
  const scalar = parseScalar(m[2]!);
  if ("error" in scalar) return `front matter: ${key}: ${scalar.error}`;
  if (fields.has(key)) return `front matter: duplicate key '${key}'; kept the first value`;
  fields.set(key, scalar.value);
  return undefined;
}

function parseScalar(raw: string): { value: string } | { error: string } {
  const v = raw.trim();
  if (v.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*")\s*(?:#.*)?$/.exec(v);
    if (!m) return { error: "unterminated double-quoted value" };
    try {
      return { value: JSON.parse(m[1]!) as string };
    } catch {
      return { error: "bad escape in double-quoted value" };
    }
  }
  if (v.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(v);
    if (!m) return { error: "unterminated single-quoted value" };
    return { value: m[1]!.replace(/''/g, "'") };
  }
  if (/^[|>][+-]?\d?$/.test(v)) return { error: "multi-line values (| or >) are not supported; write the value on one line" };
  // As in YAML, " #" starts a comment after a bare value.
  return { value: v.replace(/\s+#.*$/, "") };
}
