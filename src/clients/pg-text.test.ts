import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './pg-text';

const at = (iso: string) => new Date(iso).getTime();
const time = (text: string) => (parseTimestamp(text) as Date).getTime();

describe('parseTimestamp', () => {
  it('reads UTC timestamptz text to the millisecond, fraction truncated as pg-types does', () => {
    expect(time('2026-11-29 07:24:52+00')).toBe(at('2026-11-29T07:24:52.000Z'));
    expect(time('2026-11-29 07:24:52.1+00')).toBe(at('2026-11-29T07:24:52.100Z'));
    expect(time('2026-11-29 07:24:52.123456+00')).toBe(at('2026-11-29T07:24:52.123Z'));
    expect(time('2024-02-29 23:59:59.999999+00')).toBe(at('2024-02-29T23:59:59.999Z'));
    expect(time('0100-01-01 00:00:00+00')).toBe(Date.UTC(100, 0, 1));
  });

  it('agrees with an ISO reading over many instants', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 500; i++) {
      const ms = next() * 1000 + (next() % 1000);
      const iso = new Date(ms).toISOString();
      const micros = String(next() % 1000).padStart(3, '0');
      const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}${micros}+00`;
      expect(time(text)).toBe(ms);
    }
  });

  it('leaves other shapes to the general reader', () => {
    expect(time('2024-06-30 23:59:59.5+05:30')).toBe(at('2024-06-30T18:29:59.500Z'));
    expect(time('2024-01-01 10:00:00.+00')).toBe(at('2024-01-01T10:00:00.000Z'));
    expect(time('0044-03-15 12:00:00+00')).toBe(new Date(Date.UTC(2000, 2, 15, 12)).setUTCFullYear(44));
    expect(parseTimestamp('infinity')).toBe(Number.POSITIVE_INFINITY);
    expect(parseTimestamp('not a time')).toBeNull();
    // Out-of-range fields roll over, as Date.UTC does on both paths.
    expect(time('2024-13-01 00:00:00+00')).toBe(at('2025-01-01T00:00:00.000Z'));
  });
});
