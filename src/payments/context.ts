import type { Context } from 'hono';
import type Stripe from 'stripe';
import { stockChanged } from '../catalog/stock';
import { broadcastOrderEvents } from '../events/realtime';
import type { Env } from '../lib/env';
import type { AppEnv } from '../lib/types';
import type { Applied, PaymentDeps } from './service';
import { createStripe } from './stripe';

// The request's view of payments: the Stripe client (one per key and base, per isolate) and the
// after-effects of a ledger change (live updates, stock).

const clients = new Map<string, Stripe | null>();

/** The Stripe client for this env, or null when card payments are not configured. */
export function stripeFor(env: Env): Stripe | null {
  const key = `${env.STRIPE_SECRET_KEY ?? ''} ${env.STRIPE_API_BASE ?? ''}`;
  if (!clients.has(key)) clients.set(key, createStripe(env));
  return clients.get(key)!;
}

/** Payment services for the request, or null without Stripe. */
export function paymentDeps(c: Context<AppEnv>): PaymentDeps | null {
  const { env, db, log, clock } = c.var.services;
  const stripe = stripeFor(env);
  return stripe ? { stripe, env, db, log, clock } : null;
}

/** Live updates and stock of a ledger change, after the response. */
export function afterPayment(c: Context<AppEnv>, applied: Applied | null | undefined): void {
  if (!applied || applied.duplicate) return;
  broadcastOrderEvents(c, applied.events);
  stockChanged(c, applied.stock);
}

/** Card orders go to Stripe when it is configured; every other method is the manual provider's. */
export const isCardPayment = (method: string | null | undefined) => method === 'card';
