/**
 * Resend's checks of a `POST /emails` body, with its error shape: `{statusCode, name, message}`, 422
 * `validation_error` naming the field (the message quotes it in backticks, as Resend does).
 */

export class ResendError extends Error {
  constructor(
    readonly statusCode: number,
    override readonly name: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { statusCode: number; name: string; message: string } {
    return { statusCode: this.statusCode, name: this.name, message: this.message };
  }
}

export const invalid = (message: string) => new ResendError(422, 'validation_error', message);

export interface EmailRequest {
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  cc: string[];
  bcc: string[];
  reply_to: string[];
  headers: Record<string, string>;
  tags: { name: string; value: string }[];
  scheduled_at: string | null;
  attachments: { filename: string | null }[];
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
const NAMED = /^(?:"[^"]*"|[^<>"]*?)\s*<([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>$/;
const TAG = /^[A-Za-z0-9_-]{1,256}$/;
const MAX_RECIPIENTS = 50;

/** True for `a@b.c` and `Name <a@b.c>`. */
export function isMailbox(value: string): boolean {
  const v = value.trim();
  return ADDRESS.test(v) || NAMED.test(v);
}

/** The bare address of a mailbox: `Ada <ada@example.com>` → `ada@example.com`. */
export function addressOf(value: string): string {
  const v = value.trim();
  return (NAMED.exec(v)?.[1] ?? v).toLowerCase();
}

function mailboxes(body: Record<string, unknown>, field: string, required: boolean): string[] {
  const raw = body[field];
  if (raw === undefined || raw === null) {
    if (required) throw invalid(`Missing \`${field}\` field.`);
    return [];
  }
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : null;
  if (!list || list.some((v) => typeof v !== 'string')) throw invalid(`Invalid \`${field}\` field. It must be a string or an array of strings.`);
  if (required && list.length === 0) throw invalid(`Missing \`${field}\` field.`);
  if (list.length > MAX_RECIPIENTS) throw invalid(`Invalid \`${field}\` field. At most ${MAX_RECIPIENTS} addresses are allowed.`);
  for (const v of list as string[]) {
    if (!isMailbox(v)) throw invalid(`Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`);
  }
  return list as string[];
}

function optionalText(body: Record<string, unknown>, field: string): string | null {
  const v = body[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw invalid(`Invalid \`${field}\` field. It must be a string.`);
  return v;
}

/** Checks a parsed body the way Resend does; throws a 422 naming the first field it refuses. */
export function parseEmailRequest(raw: unknown): EmailRequest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('The request body must be a JSON object.');
  const body = raw as Record<string, unknown>;
  const fromList = mailboxes(body, 'from', true);
  if (fromList.length !== 1 || typeof body.from !== 'string') throw invalid('Invalid `from` field. It must be one address.');
  const to = mailboxes(body, 'to', true);
  const subject = optionalText(body, 'subject');
  if (subject === null || subject.trim() === '') throw invalid('Missing `subject` field.');
  const html = optionalText(body, 'html');
  const text = optionalText(body, 'text');
  if (html === null && text === null && body.template === undefined) throw invalid('Missing `html` or `text` field.');
  const cc = mailboxes(body, 'cc', false);
  const bcc = mailboxes(body, 'bcc', false);
  const replyTo = mailboxes(body, 'reply_to', false);
  if (to.length + cc.length + bcc.length > MAX_RECIPIENTS) throw invalid(`Invalid \`to\` field. At most ${MAX_RECIPIENTS} recipients in total are allowed.`);

  const headers: Record<string, string> = {};
  if (body.headers !== undefined && body.headers !== null) {
    if (typeof body.headers !== 'object' || Array.isArray(body.headers)) throw invalid('Invalid `headers` field. It must be an object.');
    for (const [k, v] of Object.entries(body.headers as Record<string, unknown>)) {
      if (typeof v !== 'string') throw invalid('Invalid `headers` field. Header values must be strings.');
      headers[k] = v;
    }
  }
  const tags: { name: string; value: string }[] = [];
  if (body.tags !== undefined && body.tags !== null) {
    if (!Array.isArray(body.tags)) throw invalid('Invalid `tags` field. It must be an array.');
    for (const t of body.tags as unknown[]) {
      const tag = t as { name?: unknown; value?: unknown };
      if (typeof tag?.name !== 'string' || !TAG.test(tag.name) || (tag.value !== undefined && (typeof tag.value !== 'string' || !TAG.test(tag.value)))) {
        throw invalid('Invalid `tags` field. Tag names and values may only contain ASCII letters, numbers, underscores or dashes, at most 256 characters.');
      }
      tags.push({ name: tag.name, value: (tag.value as string | undefined) ?? '' });
    }
  }
  const scheduledAt = optionalText(body, 'scheduled_at');
  if (scheduledAt !== null && Number.isNaN(Date.parse(scheduledAt))) throw invalid('Invalid `scheduled_at` field. It must be an ISO 8601 date.');
  const attachments: { filename: string | null }[] = [];
  if (body.attachments !== undefined && body.attachments !== null) {
    if (!Array.isArray(body.attachments)) throw invalid('Invalid `attachments` field. It must be an array.');
    for (const a of body.attachments as { filename?: unknown; content?: unknown; path?: unknown }[]) {
      if (typeof a !== 'object' || a === null || (a.content === undefined && a.path === undefined)) throw invalid('Invalid `attachments` field. Each attachment needs `content` or `path`.');
      attachments.push({ filename: typeof a.filename === 'string' ? a.filename : null });
    }
  }
  return { from: body.from, to, subject, html, text, cc, bcc, reply_to: replyTo, headers, tags, scheduled_at: scheduledAt, attachments };
}
