import { exponentOf } from './currency';

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

/**
 * Minor units as a price for people to read, in the currency's own exponent and without floats:
 * (123456, 'USD') → "$1,234.56", (1500, 'JPY') → "¥1,500".
 */
export function formatMoney(minor: number | string | bigint, currency: string, locale = 'en-US'): string {
  const code = currency.trim().toUpperCase();
  // The API's exponent (ISO 4217), not Intl's: CLDR shows some currencies (HUF, IQD) with fewer places
  // than their minor units have.
  const exponent = exponentOf(code);
  const n = BigInt(minor);
  const digits = (n < 0n ? -n : n).toString().padStart(exponent + 1, '0');
  const decimal = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  // Intl formats a decimal string exactly (no binary rounding on the way).
  return format.format(`${n < 0n ? '-' : ''}${decimal}` as unknown as number);
}
