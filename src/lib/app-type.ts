import type { Hono } from 'hono';
import type { Schema } from 'hono/types';

// Hono's client requires every input part a route validates, so a route whose headers are all optional
// (the cart's `X-Cart-Token`) would need an empty `header: {}` on each call. Such parts become optional.
type RelaxHeader<I> = I extends { header: infer H } ? ({} extends H ? Omit<I, 'header'> & { header?: H } : I) : I;
type RelaxEndpoint<E> = E extends { input: infer I } ? Omit<E, 'input'> & { input: RelaxHeader<I> } : E;
type RelaxSchema<S> = { [P in keyof S]: { [M in keyof S[P]]: RelaxEndpoint<S[P][M]> } };

/** The client-facing type of `app` for `hc`: its routes, with all-optional header inputs optional. */
export type ClientAppType<T> = T extends Hono<infer E, infer S, infer B> ? (RelaxSchema<S> extends Schema ? Hono<E, RelaxSchema<S>, B> : never) : never;
