// Money is integer minor units (cents) everywhere but the JSON boundary, where it is a decimal.

/** Decimal with at most two places → cents, without float drift (19.99 → 1999). */
export function toCents(amount: number): number {
  const [whole, frac = ''] = amount.toFixed(2).split('.');
  const sign = whole!.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(frac.padEnd(2, '0')));
}

/** Cents (number or the driver's bigint string) → decimal for JSON. */
export function fromCents(cents: number | string | bigint): number {
  const n = typeof cents === 'number' ? cents : Number(cents);
  return n / 100;
}

/** True when `amount` has at most two decimal places. */
export function hasCentPrecision(amount: number): boolean {
  return Number.isFinite(amount) && Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6;
}
