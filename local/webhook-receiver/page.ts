import type { ReceivedDelivery } from './server';

// The receiver's page: every delivery, newest first, with its verdict and body.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function verdict(d: ReceivedDelivery): string {
  if (d.verified === false) return `<span class="bad">signature refused: ${escape(d.verify_error ?? '')}</span>`;
  if (d.verified === null) return '<span>not verified (no secret configured)</span>';
  return `<span class="good">signature verified</span>${d.duplicate ? ' · duplicate id, already processed' : ''}`;
}

function entry(d: ReceivedDelivery): string {
  const type = (d.json as { type?: string } | null)?.type ?? '?';
  const body = d.json === null ? d.body : JSON.stringify(d.json, null, 2);
  return `<article>
<header><strong>${escape(type)}</strong> → /hooks/${escape(d.name)} <span>${escape(d.received_at)} · answered ${d.status}</span></header>
<p class="meta">webhook-id ${escape(d.webhook_id ?? '(none)')} · ${verdict(d)}</p>
<details><summary>Body</summary><pre>${escape(body)}</pre></details>
</article>`;
}

/** The whole page. */
export function deliveriesPage(deliveries: ReceivedDelivery[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Webhook receiver (${deliveries.length})</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#111827}
article{border:1px solid #e5e7eb;border-radius:8px;padding:1rem;margin:1rem 0}
header span,.meta{color:#6b7280;font-size:.85rem}.good{color:#047857}.bad{color:#b91c1c}
pre{white-space:pre-wrap;background:#f9fafb;padding:1rem;border-radius:6px;font-size:.8rem}
</style></head>
<body><h1>Webhook deliveries</h1>
<p>What the API's outbound webhooks delivered to <code>/hooks/&lt;name&gt;</code>, newest first. JSON: <a href="/__standin/deliveries">/__standin/deliveries</a>; filter with <code>?name=</code>. Reload for new deliveries.</p>
${deliveries.length ? deliveries.map(entry).join('\n') : '<p><em>No deliveries yet.</em></p>'}
</body></html>
`;
}
