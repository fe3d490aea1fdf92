import type { ClaimedDelivery } from '../db/queries/events';
import { unseal } from '../lib/sealed';
import { type Attempt, retryAfterSeconds, storable } from './attempt';
import { webhookPayload } from './payloads';
import { webhookHeaders } from './signing';
import { checkTarget, type TargetPolicy } from './ssrf';

const TIMEOUT_MS = 10_000;
/** Response bodies are kept for the delivery log, cut to this many bytes. */
const BODY_BYTES = 1024;
const USER_AGENT = 'edge-commerce-webhooks/1.0';

export interface WebhookSinkDeps {
  /** The server secret the endpoints' signing secrets are sealed with. */
  serverSecret: string;
  policy: TargetPolicy;
  now: () => Date;
  fetch: typeof fetch;
}

async function readSome(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return storable(new TextDecoder().decode(bytes.slice(0, limit)), BODY_BYTES);
}

/**
 * One POST of an event to an endpoint, signed the Standard Webhooks way: the target is checked again
 * first, redirects are not followed (a 3xx is a failure), and the answer must come within 10 seconds.
 */
export async function deliverWebhook(d: ClaimedDelivery, deps: WebhookSinkDeps): Promise<Attempt> {
  const endpoint = d.endpoint;
  if (!endpoint) return { ok: false, retryable: false, error: 'the endpoint was deleted' };
  let target;
  try {
    target = await checkTarget(endpoint.url, deps.policy);
  } catch (err) {
    return { ok: false, retryable: true, error: storable(`could not resolve the host: ${(err as Error).message}`) };
  }
  if (!target.ok) return { ok: false, retryable: false, error: `target refused: ${target.reason}` };

  const secrets = [await unseal(deps.serverSecret, 'webhook-secret', endpoint.secret_sealed)];
  if (endpoint.previous_secret_sealed) secrets.push(await unseal(deps.serverSecret, 'webhook-secret', endpoint.previous_secret_sealed));
  const body = JSON.stringify(webhookPayload(d.event));
  const signed = await webhookHeaders(secrets, d.event.id, Math.floor(deps.now().getTime() / 1000), body);
  const started = Date.now();
  try {
    const res = await deps.fetch(target.url.toString(), {
      method: 'POST',
      headers: { ...signed, 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await readSome(res, BODY_BYTES);
    const ms = Date.now() - started;
    const ok = res.status >= 200 && res.status < 300;
    return {
      ok,
      retryable: true,
      response_status: res.status,
      response_ms: ms,
      response_body: text,
      error: ok ? null : res.status >= 300 && res.status < 400 ? `redirected (HTTP ${res.status}); redirects are not followed` : `HTTP ${res.status}`,
      retryAfterSeconds: ok ? undefined : retryAfterSeconds(res.headers.get('retry-after'), deps.now()),
    };
  } catch (err) {
    const e = err as Error;
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return { ok: false, retryable: true, response_ms: Date.now() - started, error: storable(timedOut ? `no answer within ${TIMEOUT_MS / 1000} s` : `request failed: ${e.message}`) };
  }
}
