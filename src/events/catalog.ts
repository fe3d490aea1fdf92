// The events the store emits (written by the database in the transaction of each change; see
// migrations/0012_a_events.ts) and who hears of them. README.md ("Events") documents each one.

export const EVENT_TYPES = [
  'order.created',
  'order.paid',
  'order.status_changed',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'order.refunded',
  'payment.failed',
  'customer.created',
  'product.created',
  'product.updated',
  'product.deleted',
  'inventory.low',
  'account.verify',
  'account.password_reset',
  'webhook_endpoint.disabled',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What a webhook endpoint may subscribe to: all but the account mails, whose data holds sealed tokens. */
export const WEBHOOK_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter((t) => !t.startsWith('account.'));

/** Topics an endpoint may name: a type, a family (`order.*`) or everything (`*`). */
export const WEBHOOK_TOPICS: readonly string[] = ['*', ...new Set(WEBHOOK_EVENT_TYPES.map((t) => `${t.split('.')[0]}.*`)), ...WEBHOOK_EVENT_TYPES];

export type MailTemplate =
  | 'verify_email'
  | 'password_reset'
  | 'order_confirmation'
  | 'order_shipped'
  | 'order_delivered'
  | 'order_cancelled'
  | 'order_refunded'
  | 'payment_failed';

/** The transactional mail each event sends (one per event). None of it is marketing. */
export const MAIL_TEMPLATES: Partial<Record<EventType, MailTemplate>> = {
  'account.verify': 'verify_email',
  'account.password_reset': 'password_reset',
  'order.created': 'order_confirmation',
  'order.shipped': 'order_shipped',
  'order.delivered': 'order_delivered',
  'order.cancelled': 'order_cancelled',
  'order.refunded': 'order_refunded',
  'payment.failed': 'payment_failed',
};
