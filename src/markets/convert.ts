// Conversion and rounding of minor units, in integers only. The SQL functions of migration 0018
// (price_round, price_convert) compute the same answers; a test holds the two together.

/** A currency's rounding rule for converted prices: up to the next amount ≡ ending (mod increment). */
export interface RoundingRule {
  /** In minor units: 1 keeps every minor unit, 100 whole units of a two-decimal currency. */
  increment: bigint;
  /** The ending every converted price is raised to: 99 with increment 100 gives x.99. */
  ending: bigint;
}

export const NO_ROUNDING: RoundingRule = { increment: 1n, ending: 0n };

/** A positive decimal rate ("0.92", "150", "1.0850000000") as numerator / 10^scale. */
export function parseRate(rate: string): { num: bigint; scale: number } {
  const m = /^(\d{1,12})(?:\.(\d{1,10}))?$/.exec(rate.trim());
  if (!m) throw new RangeError(`not a decimal rate: ${rate}`);
  const frac = m[2] ?? '';
  const num = BigInt(m[1]! + frac);
  if (num === 0n) throw new RangeError('a rate must be positive');
  return { num, scale: frac.length };
}

/** numerator / denominator rounded half up (both non-negative, denominator positive). */
function roundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** Applies a rounding rule to whole minor units; zero stays zero. */
export function applyRounding(minor: bigint, rule: RoundingRule): bigint {
  if (minor === 0n) return 0n;
  const up = (((rule.ending - minor) % rule.increment) + rule.increment) % rule.increment;
  return minor + up;
}

/**
 * Converts an amount in one currency's minor units to another's: amount × rate, shifted by the
 * exponents' difference, rounded half up to a whole minor unit, then by the target's rule.
 */
export function convertMinor(amount: bigint, rate: string, fromExponent: number, toExponent: number, rule: RoundingRule): bigint {
  if (amount < 0n) throw new RangeError('amounts are never negative');
  const { num, scale } = parseRate(rate);
  const shift = toExponent - fromExponent;
  const numerator = amount * num * 10n ** BigInt(Math.max(0, shift));
  const denominator = 10n ** BigInt(scale + Math.max(0, -shift));
  return applyRounding(roundHalfUp(numerator, denominator), rule);
}
