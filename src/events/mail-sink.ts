import { isRetryable, type Mailer } from '../clients/resend';
import type { ClaimedDelivery } from '../db/queries/events';
import type { OrderSnapshot } from '../db/queries/order-mappers';
import type { Env } from '../lib/env';
import { ApiError } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { unseal } from '../lib/sealed';
import { type Attempt, retryAfterSeconds, storable } from './attempt';
import type { MailTemplate } from './catalog';
import { ACCOUNT_TEMPLATES, type AccountMailInput, type OrderMailInput, type RenderedMail, TEMPLATES } from './templates';

export interface MailSinkDeps {
  env: Env;
  mailer: Mailer | null;
  log: Logger;
  now: () => Date;
}

const ACCOUNT_PATHS: Partial<Record<MailTemplate, string>> = { verify_email: '/verify-email', password_reset: '/reset-password' };

/** The message an event's delivery sends, and to whom. Account mails unseal their token for the link. */
export async function composeMail(d: ClaimedDelivery, env: Env): Promise<{ to: string | null; mail: RenderedMail; link?: string }> {
  const template = d.template as MailTemplate;
  const ctx = { storeName: env.STORE_NAME, appUrl: env.APP_URL.replace(/\/+$/, '') };
  const data = d.event.data;
  if (ACCOUNT_TEMPLATES.has(template)) {
    const token = await unseal(env.JWT_SECRET, 'account-token', String(data.token_sealed));
    const input: AccountMailInput = { link: `${ctx.appUrl}${ACCOUNT_PATHS[template]}?token=${encodeURIComponent(token)}`, expiresAt: String(data.expires_at) };
    const render = TEMPLATES[template] as (c: typeof ctx, i: AccountMailInput) => RenderedMail;
    return { to: typeof data.email === 'string' ? data.email : null, mail: render(ctx, input), link: input.link };
  }
  const input = data as unknown as OrderMailInput;
  const order = input.order as OrderSnapshot;
  return { to: order.email, mail: (TEMPLATES[template] as (c: typeof ctx, i: OrderMailInput) => RenderedMail)(ctx, input) };
}

/** Sends an event's mail through Resend, keyed `<event id>/<template>` so a retried event never mails twice. */
export async function deliverMail(d: ClaimedDelivery, deps: MailSinkDeps): Promise<Attempt> {
  const { env, mailer, log } = deps;
  const { to, mail, link } = await composeMail(d, env);
  if (!to) return { ok: false, retryable: false, error: 'the event names no recipient' };
  const tags = [
    { name: 'category', value: 'transactional' },
    { name: 'event', value: d.event.type.replace(/\./g, '_') },
  ];
  if (!mailer) {
    // Never the recipient in a log line; the link only in development, where it is the way in.
    if (env.ENVIRONMENT === 'production') {
      log.warn('mail not sent: RESEND_API_KEY is not set', { template: d.template, event_id: d.event.id });
      return { ok: false, retryable: false, error: 'no mail provider is configured' };
    }
    const devLink = env.ENVIRONMENT === 'development' ? link : undefined;
    log.info('mail (not sent: no RESEND_API_KEY)', { template: d.template, subject: mail.subject, event_id: d.event.id, ...(devLink ? { link: devLink } : {}) });
    return { ok: true, retryable: false, provider_id: null };
  }
  const started = Date.now();
  try {
    const id = await mailer.send({ from: env.MAIL_FROM!, to, subject: mail.subject, html: mail.html, text: mail.text, tags }, `${d.event.id}/${d.template}`);
    return { ok: true, retryable: false, provider_id: id, response_status: 200, response_ms: Date.now() - started };
  } catch (err) {
    const status = err instanceof ApiError ? ((err.details as { status?: number | null } | undefined)?.status ?? null) : null;
    return {
      ok: false,
      retryable: isRetryable(err),
      response_status: status,
      response_ms: Date.now() - started,
      error: storable((err as Error).message),
      retryAfterSeconds: err instanceof ApiError ? retryAfterSeconds(err.headers?.['Retry-After'], deps.now()) : undefined,
    };
  }
}
