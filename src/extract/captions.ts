/**
 * Photo captions and credits
 * ==========================
 *
 * Captions describe a picture, often of another day; credits name
 * photographers and agencies. A line is a caption when it starts like one
 * ("Image copyright …", "Photo: …") or ends with a credit ("Photo / AP",
 * "(Name/Agency)", "Getty Images"). Its description is text like any other
 * ("UN envoy X at the talks"); its credit names no one and states nothing.
 */

const CAPTION_START = /^\s*(?:image|photo|picture|video)\s+(?:copyright|caption|credit)\b/i;
const CREDIT_END = [
  /\bPhoto\s*\/\s*[\p{L} .&]+\.?\s*$/u,
  /\((?:[^()\/]{2,60}\/)+[^()\/]{2,60}\)\.?\s*$/u,
  /\b(?:Getty Images|AP Photo)\s*\)?\.?\s*$/u,
  /^\s*(?:photo|picture|image)\s*[:\/]/i,
];

export function isCaptionLine(line: string): boolean {
  if (CAPTION_START.test(line)) return true;
  return CREDIT_END.some((re) => re.test(line));
}

/** A caption line and the credits in it (character ranges in the text). */
export interface CaptionLine {
  line: [number, number];
  credits: Array<[number, number]>;
}

/** "Image copyright Getty Images Image caption": the credit before a caption's description. */
const CREDIT_START = /^\s*(?:(?:image|photo|picture|video)\s+(?:copyright|credit)\b.*?(?=\b(?:image|photo|picture|video)\s+caption\b)|)(?:(?:image|photo|picture|video)\s+caption\b\s*:?|(?:photo|picture|image)\s*[:\/]|(?:image|photo|picture|video)\s+(?:copyright|credit)\b.*$)/i;

/** Caption lines of a text, each with the ranges of its credits. */
export function captionLines(text: string): CaptionLine[] {
  const out: CaptionLine[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (isCaptionLine(line)) {
      const credits: Array<[number, number]> = [];
      const head = CREDIT_START.exec(line);
      if (head && head[0].length > 0) credits.push([start, start + head[0].length]);
      for (const re of CREDIT_END) {
        const m = re.exec(line);
        if (m && m[0].length > 0 && !(head && m.index < head[0].length)) credits.push([start + m.index, start + line.length]);
      }
      out.push({ line: [start, start + line.length], credits: credits.sort((a, b) => a[0] - b[0]) });
    }
    start += line.length + 1;
  }
  return out;
}
