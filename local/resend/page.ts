import type { SentMail } from './server';

// The inbox page: every mail the stand-in accepted, newest first, with its links listed so a developer
// can follow a verification or reset link the API sent. Each message's HTML is shown in a sandboxed
// frame (no scripts); everything else is escaped text.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function linksOf(mail: SentMail): string[] {
  const found = new Set<string>();
  for (const m of (mail.text ?? '').matchAll(/https?:\/\/[^\s<>"')]+/g)) found.add(m[0]);
  for (const m of (mail.html ?? '').matchAll(/href="(https?:\/\/[^"]+)"/g)) found.add(m[1]!.replace(/&amp;/g, '&'));
  return [...found];
}

function entry(mail: SentMail): string {
  const links = linksOf(mail)
    .map((l) => `<li><a href="${escape(l)}" target="_blank" rel="noopener">${escape(l)}</a></li>`)
    .join('');
  const tags = mail.tags.map((t) => `${t.name}=${t.value}`).join(', ');
  return `<article>
<header><strong>${escape(mail.subject)}</strong><span>${escape(mail.created_at)}</span></header>
<p class="meta">From ${escape(mail.from)} · To ${escape(mail.to.join(', '))}${tags ? ` · ${escape(tags)}` : ''}${mail.idempotency_key ? ` · key ${escape(mail.idempotency_key)}` : ''}</p>
${links ? `<ul class="links">${links}</ul>` : ''}
<details><summary>Message</summary>
${mail.html ? `<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escape(mail.html)}"></iframe>` : ''}
${mail.text ? `<pre>${escape(mail.text)}</pre>` : ''}
</details>
</article>`;
}

/** The whole page. */
export function inboxPage(mails: SentMail[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Resend stand-in: inbox (${mails.length})</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#111827}
article{border:1px solid #e5e7eb;border-radius:8px;padding:1rem;margin:1rem 0}
header{display:flex;justify-content:space-between;gap:1rem}header span,.meta{color:#6b7280;font-size:.85rem}
iframe{width:100%;height:32rem;border:1px solid #e5e7eb;border-radius:6px;background:#fff}
pre{white-space:pre-wrap;background:#f9fafb;padding:1rem;border-radius:6px}
</style></head>
<body><h1>Inbox</h1>
<p>Mail the API sent through the Resend stand-in, newest first (nothing leaves this machine). JSON: <a href="/__standin/inbox">/__standin/inbox</a>; filter with <code>?to=address</code>. Reload for new mail.</p>
${mails.length ? mails.map(entry).join('\n') : '<p><em>No mail yet.</em></p>'}
</body></html>
`;
}
