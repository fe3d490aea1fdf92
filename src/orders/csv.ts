import type { AdminOrderRow } from '../db/queries/admin-orders';
import { exponentOf, toDecimal } from '../markets/currency';

// The order export: one line per order, RFC 4180 quoting, and cells a spreadsheet would run as a formula
// (=, +, -, @, tab, carriage return first) prefixed with a quote so they stay text.

export const ORDER_CSV_HEADER = [
  'order_number', 'created_at', 'status', 'payment_status', 'fulfillment_status', 'email', 'customer_name', 'country',
  'currency', 'subtotal', 'discount', 'shipping', 'tax', 'total', 'items', 'discount_code', 'shipping_method', 'carrier',
  'tracking_number',
] as const;

/** One CSV cell: quoted when needed, formula starts neutralised. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One order as a CSV line, with its line break. */
export function orderCsvLine(r: AdminOrderRow): string {
  const cur = r.currency.trim();
  const money = (minor: string) => toDecimal(minor, cur).toFixed(exponentOf(cur));
  return `${[
    r.order_number, new Date(r.created_at).toISOString(), r.status, r.payment_status, r.fulfillment_status, r.email, r.customer_name,
    r.country, cur, money(r.subtotal_cents), money(r.discount_amount_cents), money(r.shipping_amount_cents), money(r.tax_amount_cents),
    money(r.total_amount_cents), r.item_count, r.discount_code, r.shipping_method, r.carrier, r.tracking_number,
  ]
    .map(csvCell)
    .join(',')}\r\n`;
}
