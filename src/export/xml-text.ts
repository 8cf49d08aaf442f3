/**
 * news-kg export: XML text
 * ========================
 *
 * Escaping for the XML exporters (GEXF and GraphML): characters XML 1.0
 * forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; unpaired
 * surrogates) are dropped, markup characters become entities, and tab, LF and
 * CR become character references so that neither attribute-value
 * normalization nor line-end normalization changes them on the way back.
 */

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** The text without characters XML 1.0 cannot carry. */
export function stripXmlForbidden(value: string): string {
  return value.replace(FORBIDDEN, "");
}

/** Escapes for both text content and attribute values. */
export function escapeXml(value: string): string {
  return stripXmlForbidden(String(value)).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}
