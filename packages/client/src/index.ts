export { createShopClient, type CheckoutOptions, type CheckoutResult, type ShopClient, type ShopClientOptions } from './client.js';
export { ApiError, isErrorBody, unwrap, type ErrorBody } from './errors.js';
export type { Session } from './session.js';
export { memoryStorage, webStorage, type TokenStorage, type WebStorageLike } from './storage.js';
export type { components, operations, paths } from './openapi.js';

import type { components } from './openapi.js';

/** A schema of the API by name: `Schema<'Product'>`, `Schema<'Cart'>`, `Schema<'Order'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
