/**
 * Quotations
 * ==========
 *
 * Character ranges inside double quotation marks. A paragraph that opens a
 * quotation without closing it is quoted to its end (the news convention for
 * quotes running over several paragraphs).
 */

export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let open = -1;
    for (let i = lineStart; i < lineEnd; i++) {
      const ch = text[i];
      if (ch === "“") open = i;
      else if (ch === "”" && open !== -1) ranges.push([open, i + 1]), (open = -1);
      else if (ch === '"') {
        if (open === -1) open = i;
        else ranges.push([open, i + 1]), (open = -1);
      }
    }
    if (open !== -1) ranges.push([open, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return ranges;
}
