/**
 * A one-line progress bar with an ETA, on a terminal
 * ==================================================
 *
 * Written here in a few lines rather than taken from a package: it needs one
 * line redrawn with `\r`, at most ten times a second, and nothing else. It
 * stays silent for the first second, so quick builds print no bar at all,
 * and erases itself when done, so the summary that follows reads as before.
 * The caller decides whether to show one (a terminal, not CI, not --quiet).
 */

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Replaces the bar with a word on the stage now running ("resolving…"), once the bar has been shown. */
  status(text: string): void;
  /** Erases the bar; later updates are ignored. */
  done(): void;
}

export interface ProgressBarOptions {
  /** Nothing is drawn before this many milliseconds have passed since the first update. */
  delayMs: number;
  /** Least time between two redraws. */
  intervalMs: number;
}

export const DEFAULT_PROGRESS_BAR_OPTIONS: ProgressBarOptions = { delayMs: 1000, intervalMs: 100 };

export function progressBar(stream: NodeJS.WritableStream & { columns?: number }, label: string, options: Partial<ProgressBarOptions> = {}): ProgressBar {
  const opts = { ...DEFAULT_PROGRESS_BAR_OPTIONS, ...options };
  let start: number | undefined;
  let last = -Infinity;
  let shown = false;
  let finished = false;
  return {
    update(done, total) {
      if (finished) return;
      const now = performance.now();
      start ??= now;
      if (now - start < opts.delayMs || now - last < opts.intervalMs || total <= 0) return;
      last = now;
      const fraction = Math.min(1, done / total);
      const elapsed = (now - start) / 1000;
      const eta = fraction > 0 ? (elapsed * (1 - fraction)) / fraction : NaN;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
      const filled = Math.round(fraction * width);
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      stream.write(`\r${label} ${bar} ${Math.floor(fraction * 100)}% ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} articles, ${formatSeconds(elapsed)} elapsed, ETA ${formatSeconds(eta)}\x1b[K`);
      shown = true;
    },
    status(text) {
      if (shown && !finished) stream.write(`\r${text}\x1b[K`);
    },
    done() {
      if (shown && !finished) stream.write("\r\x1b[K");
      finished = true;
    },
  };
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)} s`;
  return `${Math.floor(s / 60)} min ${String(Math.ceil(s % 60)).padStart(2, "0")} s`;
}
