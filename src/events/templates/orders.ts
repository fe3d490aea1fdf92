import type { OrderSnapshot } from '../../db/queries/order-mappers';
import { trackingUrl } from '../../orders/carriers';
import { formatMoney } from '../../markets/money';
import { button, formatDate, html, layout, type MailContext, type Markup, type RenderedMail, textLayout } from './html';

/** What an order event says changed (the `change` of its data; see migration 0012_a). */
export interface OrderChangeData {
  kind: 'status' | 'payment';
  from_status: string | null;
  to_status: string;
  note: string | null;
  /** The order_events row's data: carrier and tracking for shipping; amount, currency, provider for payments. */
  details: Record<string, unknown>;
}

export interface OrderMailInput {
  order: OrderSnapshot;
  change: OrderChangeData;
}

const money = (o: OrderSnapshot, minor: number | string) => formatMoney(minor, o.currency);
const orderLink = (ctx: MailContext, o: OrderSnapshot) => (o.user_id === null ? null : `${ctx.appUrl}/orders/${o.id}`);

function addressLines(a: Record<string, string> | null): string[] {
  if (!a) return [];
  const name = [a.first_name, a.last_name].filter(Boolean).join(' ');
  const city = [a.city, a.region, a.postal_code].filter(Boolean).join(' ');
  return [name, a.company, a.line1, a.line2, city, a.country].filter((l): l is string => Boolean(l));
}

function totals(o: OrderSnapshot): [string, string][] {
  return [
    ['Subtotal', money(o, o.subtotal_cents)],
    ...(Number(o.discount_amount_cents) > 0 ? [[`Discount${o.discount_code ? ` (${o.discount_code})` : ''}`, `−${money(o, o.discount_amount_cents)}`] as [string, string]] : []),
    ['Shipping', money(o, o.shipping_amount_cents)],
    ['Tax', money(o, o.tax_amount_cents)],
    ['Total', money(o, o.total_amount_cents)],
  ];
}

const itemName = (i: OrderSnapshot['items'][number]) => (i.variant_name ? `${i.product_name} (${i.variant_name})` : i.product_name);

function summaryHtml(o: OrderSnapshot): Markup {
  const cell = 'padding:6px 0;border-bottom:1px solid #f3f4f6';
  const rows = o.items.map(
    (i) => html`<tr><td style="${cell}">${itemName(i)}<br><span style="color:#6b7280;font-size:13px">${i.quantity} × ${money(o, i.unit_price_cents)}</span></td><td align="right" style="${cell}">${money(o, i.total_price_cents)}</td></tr>`,
  );
  const sums = totals(o).map(
    ([label, value], n, all) => html`<tr><td style="padding:4px 0${n === all.length - 1 ? ';font-weight:700' : ''}">${label}</td><td align="right" style="padding:4px 0${n === all.length - 1 ? ';font-weight:700' : ''}">${value}</td></tr>`,
  );
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:16px 0">${rows}${sums}</table>`;
}

function summaryText(o: OrderSnapshot): string[] {
  return [
    ...o.items.map((i) => `${i.quantity} × ${itemName(i)} — ${money(o, i.total_price_cents)}`),
    '',
    ...totals(o).map(([label, value]) => `${label}: ${value}`),
  ];
}

function addressesHtml(o: OrderSnapshot): Markup {
  const block = (title: string, lines: string[]) =>
    lines.length === 0 ? html`` : html`<td valign="top" style="padding-right:16px"><strong>${title}</strong><br>${lines.map((l, i) => html`${i ? html`<br>` : ''}${l}`)}</td>`;
  return html`<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0;font-size:14px"><tr>${block('Shipping to', addressLines(o.shipping_address))}${block('Billing', addressLines(o.billing_address))}</tr></table>`;
}

function addressesText(o: OrderSnapshot): string[] {
  const ship = addressLines(o.shipping_address);
  const bill = addressLines(o.billing_address);
  return [...(ship.length ? ['Shipping to:', ...ship, ''] : []), ...(bill.length ? ['Billing:', ...bill] : [])];
}

/** One order message: a heading, a few sentences, an optional button, and the order summary. */
function orderMail(ctx: MailContext, o: OrderSnapshot, m: { subject: string; heading: string; lead: string[]; action?: { href: string; label: string } | null; addresses?: boolean }): RenderedMail {
  const link = m.action === undefined ? orderLink(ctx, o) : (m.action?.href ?? null);
  const label = m.action?.label ?? 'View your order';
  return {
    subject: m.subject,
    html: layout(ctx, {
      preheader: m.lead[0] ?? m.heading,
      heading: m.heading,
      body: html`${m.lead.map((p) => html`<p>${p}</p>`)}${link ? button(link, label) : ''}<p style="color:#6b7280;font-size:13px">Order ${o.order_number}, placed ${formatDate(o.created_at)}</p>${summaryHtml(o)}${m.addresses ? addressesHtml(o) : ''}`,
    }),
    text: textLayout(ctx, m.heading, [
      ...m.lead,
      link ? `\n${label}: ${link}` : null,
      '',
      `Order ${o.order_number}, placed ${formatDate(o.created_at)}`,
      '',
      ...summaryText(o),
      ...(m.addresses ? ['', ...addressesText(o)] : []),
    ]),
  };
}

export function orderConfirmation(ctx: MailContext, { order: o }: OrderMailInput): RenderedMail {
  return orderMail(ctx, o, {
    subject: `Your ${ctx.storeName} order ${o.order_number}`,
    heading: 'Thank you for your order',
    lead: [`We have your order ${o.order_number} and will let you know when it ships.`],
    addresses: true,
  });
}

export function orderShipped(ctx: MailContext, { order: o }: OrderMailInput): RenderedMail {
  const tracking = trackingUrl(o.carrier, o.tracking_number);
  return orderMail(ctx, o, {
    subject: `Order ${o.order_number} has shipped`,
    heading: 'Your order is on its way',
    lead: [
      `Order ${o.order_number} left our warehouse with ${o.carrier ?? 'the carrier'}, tracking number ${o.tracking_number ?? 'to follow'}.`,
      ...(o.estimated_delivery ? [`Expected by ${formatDate(o.estimated_delivery)}.`] : []),
    ],
    action: tracking ? { href: tracking, label: 'Track your parcel' } : undefined,
    addresses: true,
  });
}

export function orderDelivered(ctx: MailContext, { order: o }: OrderMailInput): RenderedMail {
  return orderMail(ctx, o, {
    subject: `Order ${o.order_number} was delivered`,
    heading: 'Your order has arrived',
    lead: [`Order ${o.order_number} was delivered${o.actual_delivery ? ` on ${formatDate(o.actual_delivery)}` : ''}. We hope you enjoy it.`],
  });
}

export function orderCancelled(ctx: MailContext, { order: o }: OrderMailInput): RenderedMail {
  const payment =
    o.payment_status === 'paid'
      ? `Your payment of ${money(o, o.total_amount_cents)} will be refunded.`
      : o.payment_status === 'refunded'
        ? `Your payment of ${money(o, o.total_amount_cents)} has been refunded.`
        : 'You have not been charged.';
  return orderMail(ctx, o, {
    subject: `Order ${o.order_number} was cancelled`,
    heading: 'Your order was cancelled',
    lead: [`Order ${o.order_number} was cancelled. ${payment}`],
  });
}

export function orderRefunded(ctx: MailContext, { order: o, change }: OrderMailInput): RenderedMail {
  // A payment provider's refund names its amount (minor units, possibly partial); otherwise the order's total.
  const amount = change.details.amount ?? o.total_amount_cents;
  const currency = typeof change.details.currency === 'string' ? change.details.currency : o.currency;
  const shown = formatMoney(amount as number | string, currency);
  return orderMail(ctx, o, {
    subject: `Your refund for order ${o.order_number}`,
    heading: 'Your refund is on its way',
    lead: [`We refunded ${shown} for order ${o.order_number}. Depending on your bank it takes 5 to 10 business days to show on your statement.`],
  });
}

export function paymentFailed(ctx: MailContext, { order: o }: OrderMailInput): RenderedMail {
  return orderMail(ctx, o, {
    subject: `Payment for order ${o.order_number} did not go through`,
    heading: 'Your payment did not go through',
    lead: [`We could not take the payment of ${money(o, o.total_amount_cents)} for order ${o.order_number}. Nothing was charged. Please try again with another payment method.`],
  });
}
