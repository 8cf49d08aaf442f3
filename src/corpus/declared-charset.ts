/**
 * news-kg corpus stage: the charset an HTML page declares
 * =======================================================
 *
 * A page saved from a site in Cyrillic or Japanese may be in windows-1251 or
 * Shift_JIS and say so in `<meta charset>` (or the http-equiv form). When its
 * bytes are not UTF-8, that declaration is better than guessing
 * Windows-1252. As in the HTML standard's prescan, only the first 1024 bytes
 * are read.
 */

const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The WHATWG name of the encoding the page declares (e.g. "windows-1251"), if TextDecoder knows it. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString("latin1");
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined; // an unknown label is no declaration
  }
}
