/**
 * news-kg corpus stage: is this text really binary?
 * =================================================
 *
 * A PDF, an image or a zip renamed `.txt` would feed garbage "sentences" to
 * the extractor. Checked on the decoded text, so a UTF-16 article (whose
 * bytes are half NULs) is not mistaken for binary. Like git, it looks for NUL
 * characters; like Perl's -B test, for a high share of control characters.
 */

/** Share of control characters (in the first `SAMPLE` characters) above which text counts as binary. */
const MAX_CONTROL_RATIO = 0.1;
const SAMPLE = 8192;

/** Why the text looks binary, or undefined when it looks like text. */
export function binaryReason(text: string): string | undefined {
  const nul = text.indexOf("\u0000");
  if (nul !== -1) return `NUL character at offset ${nul}`;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    const percent = Math.round((100 * controls) / sample.length);
    return `${percent}% control characters in the first ${sample.length} characters`;
  }
  return undefined;
}
