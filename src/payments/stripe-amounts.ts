import { exponentOf } from '../markets/currency';
import { ApiError } from '../lib/errors';

// Stripe counts amounts in its own minor units, which for a few currencies are not ISO 4217's
// (https://docs.stripe.com/currencies): ISK stays two-decimal at Stripe (100 = 1 króna) and MGA is
// zero-decimal there. Stripe also takes ISK in whole krónur only, and three-decimal currencies in
// multiples of 10 (the last digit 0). The API's amounts are ISO minor units everywhere else.
const STRIPE_EXPONENTS: Record<string, number> = { ISK: 2, MGA: 0 };
const STRIPE_STEPS: Record<string, number> = { ISK: 100, BHD: 10, JOD: 10, KWD: 10, OMR: 10, TND: 10 };

const codeOf = (currency: string | null | undefined) => (currency ?? '').trim().toUpperCase();
/** Stripe's decimal places less ISO's: 2 for ISK, -2 for MGA, 0 for the rest. */
const shiftOf = (code: string) => (STRIPE_EXPONENTS[code] ?? exponentOf(code)) - exponentOf(code);

/** An amount in the API's minor units as Stripe takes it; null when Stripe cannot charge exactly that amount. */
export function toStripeAmount(minor: number, currency: string): number | null {
  const code = codeOf(currency);
  const shift = shiftOf(code);
  let amount = minor;
  if (shift > 0) amount = minor * 10 ** shift;
  else if (shift < 0) {
    const unit = 10 ** -shift;
    if (minor % unit !== 0) return null;
    amount = minor / unit;
  }
  return amount % (STRIPE_STEPS[code] ?? 1) === 0 ? amount : null;
}

/** An amount Stripe reports, in the API's minor units. */
export function fromStripeAmount(amount: number, currency: string): number {
  const shift = shiftOf(codeOf(currency));
  return shift >= 0 ? Math.round(amount / 10 ** shift) : amount * 10 ** -shift;
}

/** The smallest amount Stripe can charge in `currency`, in the API's minor units (1 for most). */
export function stripeStep(currency: string): number {
  const code = codeOf(currency);
  const shift = shiftOf(code);
  const step = STRIPE_STEPS[code] ?? 1;
  return shift >= 0 ? Math.max(1, step / 10 ** shift) : step * 10 ** -shift;
}

/** `toStripeAmount`, or a 409 saying which amounts Stripe takes in that currency. */
export function stripeAmount(minor: number, currency: string): number {
  const amount = toStripeAmount(minor, currency);
  if (amount !== null) return amount;
  const step = stripeStep(currency);
  throw new ApiError('upstream_rejected', 409, `The payment provider takes ${codeOf(currency)} in multiples of ${step} minor units; ${minor} is not one`, {
    dependency: 'stripe',
    currency: codeOf(currency),
    step,
  });
}
