/** The longest the hook waits between attempts while the status API keeps failing: 10 minutes. */
export const MAX_BACKOFF_MS = 600_000;

/**
 * Extra wait before the next attempt after `failures` failures in a row, in ms. One failure adds nothing (the
 * next poll is the retry); from the second on, the wait doubles from `baseMs` up to {@link MAX_BACKOFF_MS}, and
 * a random point in the upper half of that span is taken so that the pages that failed together don't all come
 * back together.
 *
 * @example
 * backoffDelay(2, 180_000, Math.random); // between 180_000 and 360_000
 */
export function backoffDelay(failures: number, baseMs: number, random: () => number): number {
  if (!(failures >= 2) || !(baseMs > 0)) return 0;
  const ceiling = Math.min(Math.max(MAX_BACKOFF_MS, baseMs), baseMs * 2 ** (failures - 1));
  const draw = random();
  const fraction = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1) : 0.5;
  return Math.round(ceiling / 2 + (fraction * ceiling) / 2);
}
