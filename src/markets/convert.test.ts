import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRounding, convertMinor, parseRate, type RoundingRule } from './convert';
import { exponentOf, toDecimal, toMinor } from './currency';

const rule = fc
  .integer({ min: 1, max: 10_000 })
  .chain((inc) => fc.record({ increment: fc.constant(BigInt(inc)), ending: fc.integer({ min: 0, max: inc - 1 }).map(BigInt) }));
const rate = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 10 }))
  .filter(([w, f]) => w > 0 || f > 0)
  .map(([w, f, places]) => (places === 0 ? String(Math.max(w, 1)) : `${w}.${String(f).padStart(10, '0').slice(0, places)}`))
  .filter((r) => {
    try {
      return parseRate(r).num > 0n;
    } catch {
      return false;
    }
  });
const minor = fc.bigInt({ min: 0n, max: 10n ** 12n });
const exponent = fc.integer({ min: 0, max: 4 });

/** The exact value of a conversion as a fraction, for checking the rounded one against. */
function exact(amount: bigint, r: string, from: number, to: number): [bigint, bigint] {
  const { num, scale } = parseRate(r);
  const shift = to - from;
  return [amount * num * 10n ** BigInt(Math.max(0, shift)), 10n ** BigInt(scale + Math.max(0, -shift))];
}

describe('rounding rules', () => {
  it('land on the ending, never below the input, less than one increment above it; zero stays zero', () => {
    fc.assert(
      fc.property(minor, rule, (m, r: RoundingRule) => {
        const out = applyRounding(m, r);
        if (m === 0n) return out === 0n;
        return out % r.increment === r.ending && out >= m && out - m < r.increment;
      }),
    );
  });

  it('are monotone, so a market sorts like its prices', () => {
    fc.assert(fc.property(minor, minor, rule, (a, b, r) => (a <= b ? applyRounding(a, r) <= applyRounding(b, r) : true)));
  });

  it('to .99 and to whole tens of yen', () => {
    expect(applyRounding(1840n, { increment: 100n, ending: 99n })).toBe(1899n);
    expect(applyRounding(1899n, { increment: 100n, ending: 99n })).toBe(1899n);
    expect(applyRounding(1900n, { increment: 100n, ending: 99n })).toBe(1999n);
    expect(applyRounding(2761n, { increment: 10n, ending: 0n })).toBe(2770n);
    expect(applyRounding(2760n, { increment: 10n, ending: 0n })).toBe(2760n);
  });
});

describe('conversion', () => {
  it('rounds the exact value half up to whole minor units (no rule), in integers only', () => {
    fc.assert(
      fc.property(minor, rate, exponent, exponent, (m, r, from, to) => {
        const out = convertMinor(m, r, from, to, { increment: 1n, ending: 0n });
        const [num, den] = exact(m, r, from, to);
        // |out - num/den| <= 1/2, with ties going up: 2·out·den ∈ (2num - den, 2num + den].
        return 2n * out * den > 2n * num - den && 2n * out * den <= 2n * num + den;
      }),
    );
  });

  it('is monotone in the amount and never below the exact value once a rule applies', () => {
    fc.assert(
      fc.property(minor, minor, rate, exponent, exponent, rule, (a, b, r, from, to, ru) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = convertMinor(lo, r, from, to, ru);
        const y = convertMinor(hi, r, from, to, ru);
        const [num, den] = exact(lo, r, from, to);
        return x <= y && (x === 0n || 2n * x * den >= 2n * num - den);
      }),
    );
  });

  it('a rate of 1 between equal exponents changes nothing', () => {
    fc.assert(fc.property(minor, exponent, (m, e) => convertMinor(m, '1', e, e, { increment: 1n, ending: 0n }) === m));
  });

  it('USD to JPY (zero-decimal) and EUR with the seeded rules', () => {
    // $18.40 at 150 yen = ¥2,760; at 150.9 = ¥2,776.56 → ¥2,777 → tens: ¥2,780.
    expect(convertMinor(1840n, '150', 2, 0, { increment: 10n, ending: 0n })).toBe(2760n);
    expect(convertMinor(1840n, '150.9', 2, 0, { increment: 10n, ending: 0n })).toBe(2780n);
    expect(convertMinor(1840n, '150.9', 2, 0, { increment: 1n, ending: 0n })).toBe(2777n);
    // $18.40 at 0.92 = €16.928 → €16.93 → €16.99.
    expect(convertMinor(1840n, '0.92', 2, 2, { increment: 100n, ending: 99n })).toBe(1699n);
    // ¥1,000 at 0.0067 = $6.70.
    expect(convertMinor(1000n, '0.0067', 0, 2, { increment: 1n, ending: 0n })).toBe(670n);
    // Half up at the boundary: 5 × 0.1 = 0.5 → 1.
    expect(convertMinor(5n, '0.1', 2, 2, { increment: 1n, ending: 0n })).toBe(1n);
  });

  it('refuses malformed and zero rates', () => {
    for (const bad of ['0', '0.0', '-1', '1e3', '', 'abc', '1.12345678901']) expect(() => parseRate(bad)).toThrow(RangeError);
  });
});

describe('currency exponents at the JSON boundary', () => {
  it('round-trips minor units through decimals in every exponent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'CLF'), (m, c) => {
        return toMinor(toDecimal(m, c), c) === m;
      }),
    );
  });

  it('knows each exponent and refuses places a currency does not have', () => {
    expect([exponentOf('USD'), exponentOf('jpy'), exponentOf('KWD'), exponentOf('EUR')]).toEqual([2, 0, 3, 2]);
    expect(toDecimal(2980, 'JPY')).toBe(2980);
    expect(toDecimal('1999', 'EUR')).toBe(19.99);
    expect(toDecimal(5, 'KWD')).toBe(0.005);
    expect(toMinor(19.99, 'USD')).toBe(1999n);
    expect(toMinor(0.1 + 0.2, 'USD')).toBeNull();
    expect(toMinor(19.5, 'JPY')).toBeNull();
    expect(toMinor(2980, 'JPY')).toBe(2980n);
    expect(toMinor(1e21, 'USD')).toBe(10n ** 23n);
  });
});
