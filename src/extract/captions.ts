/**
 * Photo captions and credits
 * ==========================
 *
 * Captions describe a picture, often of another day, and credits name
 * photographers: neither should produce facts. A line is a caption when it
 * starts like one ("Image copyright …", "Photo: …") or ends with a credit
 * ("Photo / AP", "(Name/Agency)", "Getty Images").
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

/** Character ranges of caption lines in a text. */
export function captionRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (isCaptionLine(line)) ranges.push([start, start + line.length]);
    start += line.length + 1;
  }
  return ranges;
}
