/**
 * graph/graph.json: graphology's own serialization
 * ================================================
 *
 * `graph.export()` as JSON, two-space indented so a diff between two builds
 * is readable, with a final newline.
 */
export function toJson(graph: { export(): unknown }): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
