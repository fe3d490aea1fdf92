import { ApiError } from '../lib/errors';

// Currencies: ISO 4217 exponents and the boundary between minor units and JSON decimals.

// ISO 4217 currencies whose exponent is not 2. Intl knows them too, but its data varies by runtime
// (it gives ISK and some others as 0 where ISO says 0 and others disagree); this table is the source.
const EXPONENTS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** A currency's decimal places (ISO 4217 exponent): 2 for USD and EUR, 0 for JPY, 3 for KWD. */
export function exponentOf(currency: string): number {
  return EXPONENTS[currency.trim().toUpperCase()] ?? 2;
}

/** Minor units → the decimal the JSON API shows (1999 USD → 19.99, 2980 JPY → 2980). */
export function toDecimal(minor: number | string | bigint, currency: string): number {
  const exponent = exponentOf(currency);
  const n = BigInt(minor);
  if (exponent === 0) return Number(n);
  const digits = (n < 0n ? -n : n).toString().padStart(exponent + 1, '0');
  // Parsing the exact decimal text gives the nearest double, as JSON.parse would.
  return Number(`${n < 0n ? '-' : ''}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`);
}

/**
 * A JSON decimal → minor units, or null when it has more places than the currency allows
 * (19.99 USD → 1999; 19.5 JPY → null). Goes through the number's shortest text, never multiplies floats.
 */
export function toMinor(amount: number, currency: string): bigint | null {
  if (!Number.isFinite(amount)) return null;
  const exponent = exponentOf(currency);
  const text = Math.abs(amount).toString();
  if (/e/i.test(text)) {
    // Exponent notation: only tiny or huge numbers; tiny ones have too many places.
    return Math.abs(amount) >= 1 && Number.isInteger(amount) ? BigInt(amount) * 10n ** BigInt(exponent) : amount === 0 ? 0n : null;
  }
  const [whole, frac = ''] = text.split('.');
  if (frac.length > exponent) return null;
  const minor = BigInt(whole!) * 10n ** BigInt(exponent) + BigInt(frac.padEnd(exponent, '0') || '0');
  return amount < 0 ? -minor : minor;
}

/** A price bound in the market's currency, refused when it has more places than the currency. */
export function priceBound(amount: number | undefined, currency: string, field: string): number | undefined {
  if (amount === undefined) return undefined;
  const minor = toMinor(amount, currency);
  if (minor === null) {
    throw new ApiError('validation_failed', 422, 'The request is not valid', [
      { path: field, code: 'custom', message: `${currency} amounts have at most ${exponentOf(currency)} decimal places` },
    ]);
  }
  return Number(minor);
}
