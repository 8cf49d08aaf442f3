/**
 * CLI helper: plain-text tables
 * =============================
 *
 * The readable output of `kg show`, `kg query`, `kg timeline` and
 * `kg sparql`: a header, a rule, and left-aligned columns two spaces apart.
 * Long cells are cut with "…" so one long quote cannot push the table off
 * the screen (`--json` gives everything, uncut). Line breaks and tabs inside a
 * cell become spaces, so a row is always one line.
 */

export interface TableOptions {
  /** Widest a cell may be before it is cut. */
  maxCell: number;
}

export const DEFAULT_TABLE_OPTIONS: TableOptions = { maxCell: 60 };

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], options: Partial<TableOptions> = {}): string {
  const { maxCell } = { ...DEFAULT_TABLE_OPTIONS, ...options };
  const clean = (cell: string) => {
    const flat = cell.replace(/[\t\r\n]+/g, " ");
    return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
  };
  const cells = [headers.map(clean), ...rows.map((row) => headers.map((_, i) => clean(row[i] ?? "")))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n") + "\n";
}

/** `0.95` → "0.95", `1` → "1.00". */
export function formatConfidence(value: number): string {
  return value.toFixed(2);
}
