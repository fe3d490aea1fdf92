// The building blocks of the mail templates: an `html` tag that escapes every interpolated value unless
// it is already markup, and the one layout every message shares (inline styles: mail clients drop
// stylesheets).

/** Markup that is already safe to embed. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Markup | string | number | null | undefined | false | readonly Part[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function render(part: Part): string {
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

/** Template tag: text is escaped, `Markup` (and arrays of it) is kept. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i] as Part) : ''), ''));
}

export interface MailContext {
  storeName: string;
  /** The storefront's base URL, without a trailing slash. */
  appUrl: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** A link styled as a button; only http(s) URLs are linked. */
export function button(href: string, label: string): Markup {
  if (!/^https?:\/\//.test(href)) return html`<p>${label}: ${href}</p>`;
  return html`<p style="margin:24px 0"><a href="${href}" style="background:#111827;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${label}</a></p>`;
}

/** The page every message is set in: the store's name, the content, and why the mail was sent. */
export function layout(ctx: MailContext, content: { preheader: string; heading: string; body: Markup }): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${content.heading}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#111827">
<span style="display:none;max-height:0;overflow:hidden">${content.preheader}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e5e7eb"><a href="${ctx.appUrl}" style="color:#111827;text-decoration:none;font-size:18px;font-weight:700">${ctx.storeName}</a></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.5">
<h1 style="font-size:20px;margin:0 0 16px">${content.heading}</h1>
${content.body}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280">You get this message because of your account or an order at ${ctx.storeName}. It is a service message, sent whatever your marketing preferences.</td></tr>
</table></td></tr></table>
</body>
</html>
`.value;
}

/** The plain-text twin of `layout`. */
export function textLayout(ctx: MailContext, heading: string, lines: (string | null | false)[]): string {
  const body = lines.filter((l): l is string => typeof l === 'string').join('\n');
  return `${ctx.storeName}\n\n${heading}\n\n${body}\n\n--\nYou get this message because of your account or an order at ${ctx.storeName} (${ctx.appUrl}).\nIt is a service message, sent whatever your marketing preferences.\n`;
}

/** A calendar date for people, in UTC: "November 25, 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** Date and time in UTC: "November 25, 2026 at 10:00 UTC". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(d);
  return `${formatDate(iso)} at ${time} UTC`;
}
