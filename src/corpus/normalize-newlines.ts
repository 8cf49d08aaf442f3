/**
 * news-kg corpus stage: line ends to LF
 * =====================================
 *
 * Windows files end lines with CRLF, old Mac exports with a lone CR. The
 * extractor treats "\n" as the one hard boundary (paragraphs, headlines and
 * captions are lines), so a file whose lines end in lone CRs would be one
 * giant line. Every article text is therefore normalised here, once, when it
 * is read: CRLF and lone CR become LF. Offsets downstream index the
 * normalised text (`Article.text`), not the bytes of the file.
 */

/** The text with CRLF and lone CR turned into LF (the same string when it has no CR). */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
