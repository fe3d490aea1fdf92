import { describe, expect, it } from 'vitest';
import { resolveHost } from '../clients/dns';
import { checkTarget, checkTargetSyntax, classifyAddress } from './ssrf';

// The webhook target rules, and the DNS-over-HTTPS lookup they use in production (against a fetch
// that answers the way cloudflare-dns.com's JSON API does).

const dev = { production: false };
const prod = (addresses: Record<string, string[]>) => ({
  production: true,
  resolve: async (host: string) => {
    if (host === 'dns-down.example') throw new Error('resolver unreachable');
    return addresses[host] ?? [];
  },
});

describe('webhook targets', () => {
  it.each([
    ['169.254.169.254', 'forbidden'],
    ['169.254.0.1', 'forbidden'],
    ['0.0.0.0', 'forbidden'],
    ['fe80::1', 'forbidden'],
    ['febf::1', 'forbidden'],
    ['::ffff:169.254.169.254', 'forbidden'],
    ['::ffff:a9fe:a9fe', 'forbidden'],
    ['64:ff9b::a9fe:a9fe', 'forbidden'],
    ['2002:a9fe:a9fe::1', 'forbidden'],
    ['::', 'forbidden'],
    ['127.0.0.1', 'private'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['224.0.0.1', 'private'],
    ['255.255.255.255', 'private'],
    ['::1', 'private'],
    ['fd00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['172.32.0.1', 'public'],
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['not-an-ip', null],
  ])('%s is %s', (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });

  it('refuses link-local and metadata targets in every environment, whatever the spelling', () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/',
      'http://[::ffff:169.254.169.254]/',
      'http://2852039166/', // 169.254.169.254 as one number
      'http://0xa9.0xfe.0xa9.0xfe/',
      'http://169.254.169.254.:80/',
      'http://metadata.google.internal/computeMetadata/v1/',
      'http://0.0.0.0:8080/',
    ]) {
      expect(checkTargetSyntax(url, dev), url).toMatchObject({ ok: false });
    }
  });

  it('lets development reach loopback and private receivers, but not with credentials or odd schemes', () => {
    expect(checkTargetSyntax('http://127.0.0.1:4448/hooks/dev', dev).ok).toBe(true);
    expect(checkTargetSyntax('http://localhost:4448/hooks/dev', dev).ok).toBe(true);
    expect(checkTargetSyntax('http://10.0.0.5/hook', dev).ok).toBe(true);
    expect(checkTargetSyntax('http://user:pass@example.com/', dev)).toMatchObject({ ok: false, reason: 'must not carry credentials' });
    expect(checkTargetSyntax('ftp://example.com/', dev)).toMatchObject({ ok: false });
    expect(checkTargetSyntax('not a url', dev)).toMatchObject({ ok: false });
  });

  it('takes only https to public addresses in production, checking every address a name has', async () => {
    const policy = prod({ 'erp.example.com': ['93.184.216.34', '2606:2800:220:1::1'], 'rebind.example.com': ['93.184.216.34', '10.0.0.7'], 'meta.example.com': ['169.254.169.254'] });
    expect((await checkTarget('https://erp.example.com/hooks', policy)).ok).toBe(true);
    expect(await checkTarget('http://erp.example.com/hooks', policy)).toMatchObject({ ok: false, reason: 'must use https' });
    expect(await checkTarget('https://rebind.example.com/', policy)).toMatchObject({ ok: false, reason: expect.stringContaining('10.0.0.7') });
    expect(await checkTarget('https://meta.example.com/', policy)).toMatchObject({ ok: false, reason: expect.stringContaining('link-local') });
    expect(await checkTarget('https://nxdomain.example.com/', policy)).toMatchObject({ ok: false, reason: 'the host does not resolve' });
    for (const url of ['https://127.0.0.1/', 'https://[::1]/', 'https://192.168.0.10/', 'https://localhost/', 'https://printer.local/', 'https://intranet/', 'https://db.internal/']) {
      expect(await checkTarget(url, policy), url).toMatchObject({ ok: false });
    }
    expect((await checkTarget('https://93.184.216.34/', policy)).ok).toBe(true);
    await expect(checkTarget('https://dns-down.example/', policy)).rejects.toThrow('resolver unreachable');
  });

  it('resolves A and AAAA over DNS-over-HTTPS; an unknown name has no address, a failing resolver throws', async () => {
    const asked: string[] = [];
    const doh = (answers: Record<string, { Status: number; Answer?: { type: number; data: string }[] }>) =>
      (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input));
        asked.push(`${url.searchParams.get('name')}/${url.searchParams.get('type')}/${new Headers(init?.headers).get('accept')}`);
        const body = answers[`${url.searchParams.get('name')}/${url.searchParams.get('type')}`];
        return body ? Response.json(body) : new Response('bad gateway', { status: 502 });
      }) as typeof fetch;
    const fetcher = doh({
      'erp.example.com/1': { Status: 0, Answer: [{ type: 5, data: 'edge.example.net.' }, { type: 1, data: '93.184.216.34' }] },
      'erp.example.com/28': { Status: 0, Answer: [{ type: 28, data: '2606:2800:220:1::1' }] },
      'gone.example.com/1': { Status: 3 },
      'gone.example.com/28': { Status: 3 },
    });
    expect(await resolveHost('erp.example.com', fetcher)).toEqual(['93.184.216.34', '2606:2800:220:1::1']);
    expect(asked).toContain('erp.example.com/1/application/dns-json');
    expect(await resolveHost('gone.example.com', fetcher)).toEqual([]);
    await expect(resolveHost('down.example.com', fetcher)).rejects.toThrow('HTTP 502');
  });
});
