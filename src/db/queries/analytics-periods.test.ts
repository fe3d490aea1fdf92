import { describe, expect, it } from 'vitest';
import { type Buckets, periodBuckets, signedBuckets } from './analytics';

// The top sellers read a range as whole years, quarters, months and ISO weeks, and days: each day exactly once.
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) out.push(iso(t));
  return out;
};
const monthsLong = (start: string, n: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  return days(start, iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 0)));
};
const expand = (b: Buckets) =>
  [
    ...b.d,
    ...b.y.flatMap((p) => monthsLong(p, 12)),
    ...b.q.flatMap((p) => monthsLong(p, 3)),
    ...b.m.flatMap((p) => monthsLong(p, 1)),
    ...b.w.flatMap((p) => days(p, iso(Date.parse(p) + 6 * DAY))),
  ].sort();
const none: Buckets = { y: [], q: [], m: [], w: [], d: [] };

describe('periodBuckets', () => {
  it('splits a range into years, quarters, months, weeks and days', () => {
    expect(periodBuckets('2026-01-01', '2026-12-31')).toEqual({ ...none, y: ['2026-01-01'] });
    // 2025-11-15 .. 2027-05-31: Nov 15–16 as days, two weeks to the 30th, Dec, the year 2026, Q1 2027, April and May.
    expect(periodBuckets('2025-11-15', '2027-05-31')).toEqual({
      y: ['2026-01-01'], q: ['2027-01-01'], m: ['2025-12-01', '2027-04-01', '2027-05-01'],
      w: ['2025-11-17', '2025-11-24'], d: ['2025-11-15', '2025-11-16'],
    });
    // Dec 2 to 31: Mondays 7, 14, 21 (the 28th's week ends in January); the rest as days.
    expect(periodBuckets('2026-12-02', '2026-12-31')).toEqual({
      ...none,
      w: ['2026-12-07', '2026-12-14', '2026-12-21'],
      d: ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'],
    });
    expect(periodBuckets('2026-03-04', '2026-03-04')).toEqual({ ...none, d: ['2026-03-04'] });
    expect(periodBuckets('2024-02-01', '2024-02-29')).toEqual({ ...none, m: ['2024-02-01'] });
  });

  it('covers every day of any range exactly once, with few buckets', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i++) {
      const start = Date.UTC(2023, 0, 1) + Math.floor(rand() * 1200) * DAY;
      const from = iso(start);
      const to = iso(start + Math.floor(rand() * (i % 3 === 0 ? 1100 : 70)) * DAY);
      const b = periodBuckets(from, to);
      expect(expand(b), `${from}..${to}`).toEqual(days(from, to));
      for (const w of b.w) expect(new Date(`${w}T00:00:00Z`).getUTCDay()).toBe(1);
      // At most 6 + 6 edge days and 4 + 4 weeks in each of the two stretches left at the ends.
      expect(b.d.length).toBeLessThanOrEqual(24);
      expect(b.y.length + b.q.length + b.m.length + b.w.length).toBeLessThanOrEqual(4 + 2 * (3 + 2 + 4));
    }
  });
});

describe('signedBuckets', () => {
  const one = (grain: keyof Buckets, period: string) => expand({ ...none, [grain]: [period] });
  it('reads "the last 365 days" as a year less and plus its edge days, and a whole month as itself', () => {
    const b = signedBuckets('2025-12-21', '2026-12-20');
    expect(b.filter((x) => ['y', 'q', 'm'].includes(x.grain)).map((x) => [x.grain, x.period, x.sign])).toEqual([['y', '2026-01-01', 1]]);
    expect(b.length).toBeLessThanOrEqual(1 + 2 * (2 + 6));
    expect(signedBuckets('2024-02-01', '2024-02-29')).toEqual([{ grain: 'm', period: '2024-02-01', sign: 1 }]);
  });

  it('adds up to every day of any range exactly once', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i++) {
      const start = Date.UTC(2023, 0, 1) + Math.floor(rand() * 1200) * DAY;
      const from = iso(start);
      const to = iso(start + Math.floor(rand() * (i % 3 === 0 ? 800 : 120)) * DAY);
      const count = new Map<string, number>();
      for (const x of signedBuckets(from, to)) for (const d of one(x.grain, x.period)) count.set(d, (count.get(d) ?? 0) + x.sign);
      const covered = [...count].filter(([, n]) => n !== 0);
      expect(covered.every(([, n]) => n === 1), `${from}..${to}`).toBe(true);
      expect(covered.map(([d]) => d).sort(), `${from}..${to}`).toEqual(days(from, to));
    }
  });
});
