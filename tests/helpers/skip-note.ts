/** A test name's note when it is skipped for want of something outside the repository: " (skipped: ../shared not found)". */
export function skipNote(available: boolean, missing: string): string {
  return available ? "" : ` (skipped: ${missing})`;
}

export const SHARED_MISSING = "../shared not found";
export const NETWORKX_MISSING = "NetworkX not installed";
