/**
 * CLI helper: --json output
 * =========================
 *
 * Every command's `--json` prints the query API's answer as it is, indented,
 * with a final newline, so `kg … --json | jq` and a program calling the API
 * see the same data.
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
