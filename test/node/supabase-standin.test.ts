/**
 * Conformance of the Supabase stand-in: the real @supabase/supabase-js client (PostgREST and
 * Realtime, default options unless a test says otherwise) against it, over in-memory PGlite.
 */
import { get } from 'node:http';
import { type RealtimeChannel, type SupabaseClient, createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NeonBackend } from '../../local/neon/backend';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { type SupabaseStandin, startSupabaseStandin } from '../../local/supabase/server';

const KEY = 'standin-service-role-key';
const ANON = 'standin-anon-key';

const SCHEMA = `
  create table product_embeddings (
    id serial, product_id int unique not null, content text, embedding vector(3), content_hash text,
    updated_at timestamptz default now()
  );
  create function match(query_embedding vector(3), match_count int)
    returns table(product_id int, similarity float) language sql stable as $$
      select e.product_id, 1 - (e.embedding <=> query_embedding) from product_embeddings e
      order by e.embedding <=> query_embedding limit match_count $$;
  create function embedding_count() returns bigint language sql as $$ select count(*) from product_embeddings $$;
  create function forget(pid int) returns void language sql as $$ delete from product_embeddings where product_id = pid $$;
`;

let backend: NeonBackend;
let standin: SupabaseStandin;
const clients: SupabaseClient[] = [];

/** A client as an app server makes one: no session persistence, no refresh timers. */
function client(key = KEY, realtime: Record<string, unknown> = {}): SupabaseClient {
  const c = createClient(standin.url, key, { auth: { persistSession: false, autoRefreshToken: false }, realtime });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  backend = await createPgliteBackend({});
  await backend.exec(SCHEMA);
  standin = await startSupabaseStandin({ backend, apiKeys: [KEY, ANON] });
});

afterAll(async () => {
  for (const c of clients) await c.removeAllChannels();
  await standin?.close();
  await backend?.close();
});

const row = (product_id: number, embedding: number[], content = `p${product_id}`) => ({
  product_id, content, embedding, content_hash: `h-${content}`,
});

describe('PostgREST subset', () => {
  it('answers the root as a health probe, with the gateway check in front', async () => {
    expect((await fetch(`${standin.url}/rest/v1/`, { headers: { apikey: KEY } })).status).toBe(200);
    const missing = await fetch(`${standin.url}/rest/v1/`);
    expect([missing.status, ((await missing.json()) as { message: string }).message]).toEqual([401, 'No API key found in request']);
  });

  it('upserts on product_id twice, the second time updating the row', async () => {
    const db = client();
    const first = await db.from('product_embeddings').upsert([row(1, [1, 0, 0]), row(2, [0, 1, 0])], { onConflict: 'product_id' });
    expect([first.status, first.error, first.data]).toEqual([201, null, null]);
    const again = await db.from('product_embeddings').upsert(row(1, [1, 0.1, 0], 'changed'), { onConflict: 'product_id' }).select();
    expect(again.status).toBe(201);
    expect(again.data).toEqual([expect.objectContaining({ product_id: 1, content: 'changed', embedding: '[1,0.1,0]' })]);
    const { data } = await db.from('product_embeddings').select('product_id, content').order('product_id');
    expect(data).toEqual([{ product_id: 1, content: 'changed' }, { product_id: 2, content: 'p2' }]);
  });

  it('calls rpc with a vector argument and gets rows ordered by similarity', async () => {
    const db = client();
    await db.from('product_embeddings').upsert(row(3, [0, 0, 1]), { onConflict: 'product_id' });
    const { data, error, status } = await db.rpc('match', { query_embedding: [0, 0.9, 0.1], match_count: 2 });
    expect([error, status]).toEqual([null, 200]);
    expect((data as { product_id: number }[]).map((r) => r.product_id)).toEqual([2, 3]);
    const sims = (data as { similarity: number }[]).map((r) => r.similarity);
    expect(sims[0]).toBeGreaterThan(sims[1] ?? 1);
    // Filters and limits apply to a function's rows, as in PostgREST.
    const top = await db.rpc('match', { query_embedding: [1, 0, 0], match_count: 3 }).gt('similarity', 0.5).limit(1);
    expect(top.data).toEqual([expect.objectContaining({ product_id: 1 })]);
  });

  it('returns a scalar for scalar functions and 204 for void ones', async () => {
    const db = client();
    expect((await db.rpc('embedding_count')).data).toBe(3);
    const gone = await db.rpc('forget', { pid: 3 });
    expect([gone.status, gone.data, gone.error]).toEqual([204, null, null]);
    expect((await db.rpc('embedding_count', {}, { get: true })).data).toBe(2);
  });

  it('selects with filters, order, range, count and single', async () => {
    const db = client();
    const one = await db.from('product_embeddings').select('product_id, content').eq('product_id', 2).single();
    expect([one.status, one.data]).toEqual([200, { product_id: 2, content: 'p2' }]);
    const none = await db.from('product_embeddings').select().eq('product_id', 99).single();
    expect([none.status, none.error?.code]).toEqual([406, 'PGRST116']);
    expect((await db.from('product_embeddings').select().eq('product_id', 99).maybeSingle()).data).toBeNull();
    const page = await db.from('product_embeddings').select('product_id', { count: 'exact' }).in('product_id', [1, 2]).order('product_id', { ascending: false }).range(0, 0);
    expect([page.status, page.data, page.count]).toEqual([206, [{ product_id: 2 }], 2]);
    const head = await db.from('product_embeddings').select('*', { count: 'exact', head: true }).is('content', null);
    expect([head.status, head.count]).toEqual([200, 0]);
  });

  it('updates with PATCH and deletes by filter', async () => {
    const db = client();
    const upd = await db.from('product_embeddings').update({ content_hash: 'x' }).eq('product_id', 2).select('product_id, content_hash');
    expect([upd.status, upd.data]).toEqual([200, [{ product_id: 2, content_hash: 'x' }]]);
    const noop = await db.from('product_embeddings').update({}).eq('product_id', 2).select();
    expect([noop.status, noop.data]).toEqual([200, []]);
    const del = await db.from('product_embeddings').delete().eq('product_id', 1);
    expect([del.status, del.error]).toEqual([204, null]);
    const left = await db.from('product_embeddings').select('product_id').eq('product_id', 1);
    expect(left.data).toEqual([]);
    const rep = await db.from('product_embeddings').delete().neq('product_id', 1).select('product_id');
    expect(rep.data).toEqual([{ product_id: 2 }]);
  });

  it('maps Postgres errors to PostgREST statuses and bodies', async () => {
    const db = client();
    await db.from('product_embeddings').insert(row(10, [1, 1, 1]));
    const dup = await db.from('product_embeddings').insert(row(10, [1, 1, 1]));
    expect([dup.status, dup.error?.code]).toEqual([409, '23505']);
    expect(dup.error).toMatchObject({ details: 'Key (product_id)=(10) already exists.', hint: null });
    const nul = await db.from('product_embeddings').insert({ content: 'no id' });
    expect([nul.status, nul.error?.code]).toEqual([400, '23502']);
    const dims = await db.from('product_embeddings').insert(row(11, [1, 2]));
    expect(dims.status).toBe(400);
  });

  it('answers PostgREST schema-cache errors for unknown names', async () => {
    const db = client();
    const fn = await db.rpc('nope', { a: 1 });
    expect([fn.status, fn.error?.code, fn.error?.message]).toEqual([404, 'PGRST202', 'Could not find the function public.nope(a) in the schema cache']);
    const table = await db.from('missing_table').select();
    expect([table.status, table.error?.code]).toEqual([404, 'PGRST205']);
    const col = await db.from('product_embeddings').select('nope');
    expect([col.status, col.error?.code]).toEqual([400, '42703']);
    const ins = await db.from('product_embeddings').insert({ product_id: 20, nope: 1 });
    expect([ins.status, ins.error?.code]).toEqual([400, 'PGRST204']);
  });

  it('picks up tables created after it started (schema cache reload on a miss)', async () => {
    await backend.exec('create table late_table (id int primary key, note jsonb)');
    const db = client();
    const ins = await db.from('late_table').insert({ id: 1, note: { a: [1, 2] } }).select().single();
    expect(ins.data).toEqual({ id: 1, note: { a: [1, 2] } });
  });

  it('refuses a wrong key with the gateway 401', async () => {
    const { error, status } = await client('not-a-key').rpc('embedding_count');
    expect(status).toBe(401);
    expect(error).toMatchObject({ message: 'Invalid API key' });
    const bearer = await fetch(`${standin.url}/rest/v1/product_embeddings`, { headers: { apikey: KEY, authorization: 'Bearer nope' } });
    expect(bearer.status).toBe(401);
  });

  it('fails requests while down and counts them', async () => {
    const db = client();
    standin.resetCount();
    standin.setDown(true);
    const { error, status } = await db.rpc('embedding_count');
    expect(status).toBe(0);
    expect(error?.message).toMatch(/fetch failed/);
    standin.setDown(false);
    expect((await db.rpc('embedding_count')).error).toBeNull();
    const stats = (await (await fetch(`${standin.url}/__standin/stats`)).json()) as { requests: number };
    expect(stats.requests).toBe(2);
  });
});

it('names the port when it is already taken', async () => {
  await expect(startSupabaseStandin({ backend, apiKeys: [KEY], port: standin.port })).rejects.toThrow(
    new RegExp(`port ${standin.port} .*already in use`),
  );
});

/** Subscribes and resolves once joined; rejects on CHANNEL_ERROR / TIMED_OUT. */
function subscribe(ch: RealtimeChannel): Promise<RealtimeChannel> {
  return new Promise((resolve, reject) => {
    ch.subscribe((status, err) => {
      if (status === 'SUBSCRIBED') resolve(ch);
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') reject(err ?? new Error(status));
    });
  });
}

function listen(db: SupabaseClient, topic: string, config: Record<string, unknown> = {}) {
  const got: unknown[] = [];
  const ch = db.channel(topic, { config }).on('broadcast', { event: 'status' }, (msg) => got.push(msg));
  return { ch, got, ready: subscribe(ch) };
}

describe('Realtime broadcast', () => {
  it('delivers REST, httpSend and websocket broadcasts to a subscriber', async () => {
    const sub = listen(client(), 'orders:42');
    await sub.ready;
    const res = await fetch(`${standin.url}/realtime/v1/api/broadcast`, {
      method: 'POST',
      headers: { apikey: KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ topic: 'orders:42', event: 'status', payload: { via: 'rest' }, private: false }] }),
    });
    expect(res.status).toBe(202);
    await expect(client().channel('orders:42').httpSend('status', { via: 'httpSend' })).resolves.toEqual({ success: true });
    const sender = listen(client(), 'orders:42');
    await sender.ready;
    await expect(sender.ch.send({ type: 'broadcast', event: 'status', payload: { via: 'ws' } })).resolves.toBe('ok');
    await vi.waitFor(() => expect(sub.got).toHaveLength(3));
    expect(sub.got).toEqual(['rest', 'httpSend', 'ws'].map((via) => ({ type: 'broadcast', event: 'status', payload: { via } })));
    expect(sender.got).toEqual([]); // joined after the REST sends, and not echoed its own without `self`
  });

  it('falls back to REST for send() on an unjoined channel', async () => {
    const sub = listen(client(), 'orders:7');
    await sub.ready;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(client().channel('orders:7').send({ type: 'broadcast', event: 'status', payload: { n: 1 } })).resolves.toBe('ok');
    warn.mockRestore();
    await vi.waitFor(() => expect(sub.got).toEqual([{ type: 'broadcast', event: 'status', payload: { n: 1 } }]));
  });

  it('echoes to self and acks when asked, and bridges vsn 1.0.0 and 2.0.0 clients', async () => {
    const me = listen(client(), 'room', { broadcast: { self: true, ack: true } });
    const old = listen(client(KEY, { vsn: '1.0.0' }), 'room');
    await Promise.all([me.ready, old.ready]);
    await expect(me.ch.send({ type: 'broadcast', event: 'status', payload: { from: 'v2' } })).resolves.toBe('ok');
    await old.ch.send({ type: 'broadcast', event: 'status', payload: { from: 'v1' } });
    await vi.waitFor(() => expect(me.got).toHaveLength(2));
    await vi.waitFor(() => expect(old.got).toHaveLength(1));
    expect(me.got.map((m) => (m as { payload: { from: string } }).payload.from)).toEqual(['v2', 'v1']);
    expect(old.got).toEqual([{ type: 'broadcast', event: 'status', payload: { from: 'v2' } }]);
  });

  it('answers heartbeats', async () => {
    const beats: string[] = [];
    const db = client(KEY, { heartbeatIntervalMs: 50, heartbeatCallback: (s: string) => beats.push(s) });
    await listen(db, 'beat').ready;
    await vi.waitFor(() => expect(beats).toContain('ok'));
  });

  it('refuses a socket with a wrong key', async () => {
    const db = client('not-a-key', { reconnectAfterMs: () => 60_000 });
    await expect(listen(db, 'orders:42').ready).rejects.toThrow();
    // The upgrade itself is answered by the gateway's 401, as a plain HTTP response.
    const refused = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const headers = { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' };
      get(`${standin.url}/realtime/v1/websocket?apikey=not-a-key&vsn=2.0.0`, { headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      }).on('error', reject);
    });
    expect([refused.status, JSON.parse(refused.body).message]).toEqual([401, 'Invalid API key']);
    await db.removeAllChannels();
  });

  it('carries binary httpSend payloads as binary frames', async () => {
    const sub = listen(client(), 'bin');
    await sub.ready;
    await client().channel('bin').httpSend('status', new Uint8Array([1, 2, 255]));
    await vi.waitFor(() => expect(sub.got).toHaveLength(1));
    const msg = sub.got[0] as { event: string; payload: ArrayBuffer };
    expect([msg.event, [...new Uint8Array(msg.payload)]]).toEqual(['status', [1, 2, 255]]);
  });

  it('drops sockets while down, then clients reconnect and rejoin', async () => {
    const sub = listen(client(KEY, { reconnectAfterMs: () => 50 }), 'orders:9');
    await sub.ready;
    standin.setDown(true);
    const stats = async () => (await (await fetch(`${standin.url}/__standin/stats`)).json()) as { sockets: number; broadcasts: number };
    expect((await stats()).sockets).toBe(0);
    standin.setDown(false);
    const post = () => client().channel('orders:9').httpSend('status', { again: true });
    await vi.waitFor(async () => {
      await post();
      expect(sub.got.length).toBeGreaterThan(0);
    }, { timeout: 5_000, interval: 100 });
    const after = await stats();
    expect(after.sockets).toBeGreaterThan(0);
    expect(after.broadcasts).toBeGreaterThan(0);
  });
});
