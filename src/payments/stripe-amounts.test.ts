import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/errors';
import { fromStripeAmount, stripeAmount, stripeStep, toStripeAmount } from './stripe-amounts';

describe("Stripe's amounts against the API's minor units", () => {
  it('are the same where Stripe counts as ISO 4217 does', () => {
    expect([toStripeAmount(1999, 'USD'), toStripeAmount(1500, 'jpy'), toStripeAmount(123456, 'HUF'), toStripeAmount(700, 'UGX')]).toEqual([1999, 1500, 123456, 700]);
    expect([fromStripeAmount(1999, 'usd'), fromStripeAmount(1500, 'jpy')]).toEqual([1999, 1500]);
  });

  it('shift for ISK (two-decimal at Stripe) and MGA (zero-decimal at Stripe), both ways', () => {
    // 5 krónur are 500 at Stripe; 1,500.00 ariary (150000 ISO minor units) are 1500.
    expect([toStripeAmount(5, 'ISK'), fromStripeAmount(500, 'isk')]).toEqual([500, 5]);
    expect([toStripeAmount(150_000, 'MGA'), fromStripeAmount(1500, 'mga')]).toEqual([1500, 150_000]);
    // Fractions of an ariary cannot be charged.
    expect(toStripeAmount(150_050, 'MGA')).toBeNull();
  });

  it('refuse three-decimal amounts whose last digit is not 0', () => {
    expect([toStripeAmount(5120, 'KWD'), toStripeAmount(5125, 'KWD'), toStripeAmount(7, 'BHD')]).toEqual([5120, null, null]);
    expect([stripeStep('KWD'), stripeStep('ISK'), stripeStep('MGA'), stripeStep('USD')]).toEqual([10, 1, 100, 1]);
    const err = (() => {
      try {
        return stripeAmount(5125, 'kwd');
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect([err.code, err.status, err.details]).toEqual(['upstream_rejected', 409, { dependency: 'stripe', currency: 'KWD', step: 10 }]);
  });
});
