import type { MailTemplate } from '../catalog';
import { type AccountMailInput, passwordReset, verifyEmail } from './account';
import type { MailContext, RenderedMail } from './html';
import { type OrderMailInput, orderCancelled, orderConfirmation, orderDelivered, orderRefunded, orderShipped, paymentFailed } from './orders';

export type { AccountMailInput } from './account';
export type { MailContext, RenderedMail } from './html';
export type { OrderChangeData, OrderMailInput } from './orders';

/** Every template by name, with the input it takes. */
export const TEMPLATES = {
  verify_email: verifyEmail,
  password_reset: passwordReset,
  order_confirmation: orderConfirmation,
  order_shipped: orderShipped,
  order_delivered: orderDelivered,
  order_cancelled: orderCancelled,
  order_refunded: orderRefunded,
  payment_failed: paymentFailed,
} satisfies Record<MailTemplate, ((ctx: MailContext, input: AccountMailInput) => RenderedMail) | ((ctx: MailContext, input: OrderMailInput) => RenderedMail)>;

export const ACCOUNT_TEMPLATES: ReadonlySet<MailTemplate> = new Set(['verify_email', 'password_reset']);
