// When a failed delivery is tried again: after 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h and 8 h,
// each ±20% (so endpoints that failed together do not all come back at once): ten attempts over
// about 24 hours, then the delivery is dead-lettered (visible, and replayable by an admin).
export const RETRY_SCHEDULE_SECONDS = [30, 120, 600, 1800, 3600, 7200, 14400, 28800, 28800] as const;

/** An endpoint whose every delivery has failed for this long is switched off. */
export const DISABLE_AFTER_SECONDS = 3 * 24 * 3600;

/** The time of the next attempt after `attempts` failed ones, or null when the schedule is spent. */
export function nextAttemptAt(attempts: number, now: Date, random: () => number = Math.random, minDelaySeconds = 0): Date | null {
  const base = RETRY_SCHEDULE_SECONDS[attempts - 1];
  if (base === undefined) return null;
  const seconds = Math.max(minDelaySeconds, base * (0.8 + 0.4 * random()));
  return new Date(now.getTime() + Math.round(seconds * 1000));
}
