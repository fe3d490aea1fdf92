/** Stripe's error answer: `{"error": {type, code?, decline_code?, message, param?}}` with its HTTP status. */
export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'card_error' | 'api_error' | 'idempotency_error' | 'rate_limit_error' | 'authentication_error',
    message: string,
    readonly extra: { code?: string; decline_code?: string; param?: string; payment_intent?: unknown } = {},
  ) {
    super(message);
  }

  body(): { error: Record<string, unknown> } {
    return { error: { type: this.type, message: this.message, ...this.extra } };
  }
}

export const invalidParam = (param: string, message: string, code = 'parameter_invalid') =>
  new StripeError(400, 'invalid_request_error', message, { code, param });

export const missingParam = (param: string) =>
  new StripeError(400, 'invalid_request_error', `Missing required param: ${param}.`, { code: 'parameter_missing', param });

export const noSuch = (what: string, id: string, param?: string) =>
  new StripeError(param ? 400 : 404, 'invalid_request_error', `No such ${what}: '${id}'`, { code: 'resource_missing', ...(param ? { param } : {}) });

export const unexpectedState = (message: string, intent?: unknown) =>
  new StripeError(400, 'invalid_request_error', message, { code: 'payment_intent_unexpected_state', ...(intent ? { payment_intent: intent } : {}) });
