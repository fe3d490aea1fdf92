/**
 * Realtime broadcast: Phoenix channels over a websocket at /realtime/v1/websocket, plus the two
 * REST ways in (`POST /api/broadcast` with `messages`, and httpSend's per-topic path). Presence and
 * postgres_changes are not emulated; a join asking for them is refused rather than left silent.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { gatewayUnauthorized } from './errors';
import { type BroadcastBody, type Frame, type Incoming, type Vsn, decodeFrame, encodeBroadcast, encodeFrame } from './frames';

interface Join {
  joinRef: string | null;
  self: boolean;
  ack: boolean;
  private: boolean;
}

interface Conn {
  ws: WebSocket;
  vsn: Vsn;
  /** Joined channels by full topic (`realtime:<name>`). */
  joins: Map<string, Join>;
}

export interface RealtimeOptions {
  isKey(key: string | null | undefined): boolean;
  log(line: string): void;
  /** Called once per broadcast message accepted, from either transport. */
  onBroadcast(): void;
}

export interface RestAnswer {
  status: number;
  body: string;
}

const VSNS: readonly string[] = ['1.0.0', '2.0.0'];

function rejectUpgrade(socket: Duplex, status: number, reason: string, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}

/** The Realtime hub: websocket subscribers and the REST broadcast endpoints, under /realtime/v1. */
export function createRealtime(opts: RealtimeOptions) {
  const conns = new Set<Conn>();
  const wss = new WebSocketServer({ noServer: true });

  /** Delivers one broadcast to every joined subscriber of `topic` (the sender only with `self`). */
  function publish(topic: string, isPrivate: boolean, event: string, body: BroadcastBody, from?: Conn): void {
    opts.onBroadcast();
    for (const c of conns) {
      const join = c.joins.get(topic);
      if (!join || join.private !== isPrivate || (c === from && !join.self)) continue;
      const frame = encodeBroadcast(topic, event, body, c.vsn);
      if (frame === undefined) opts.log(`supabase stand-in: binary broadcast on ${topic} skipped for a vsn 1.0.0 socket`);
      else c.ws.send(frame);
    }
  }

  function send(c: Conn, f: Frame): void {
    c.ws.send(encodeFrame(f, c.vsn));
  }

  function reply(c: Conn, f: Incoming, status: 'ok' | 'error', response: unknown = {}): void {
    send(c, { joinRef: f.joinRef, ref: f.ref, topic: f.topic, event: 'phx_reply', payload: { status, response } });
  }

  function join(c: Conn, f: Incoming): void {
    const payload = (f.payload ?? {}) as { config?: Record<string, unknown>; access_token?: string };
    const config = (payload.config ?? {}) as {
      broadcast?: { self?: boolean; ack?: boolean };
      presence?: { enabled?: boolean };
      postgres_changes?: unknown[];
      private?: boolean;
    };
    if (!f.topic.startsWith('realtime:')) return reply(c, f, 'error', { reason: 'unmatched topic' });
    if (payload.access_token !== undefined && !opts.isKey(payload.access_token)) {
      return reply(c, f, 'error', { reason: 'Invalid JWT Token: the stand-in accepts only its configured API keys' });
    }
    if (config.postgres_changes?.length) {
      return reply(c, f, 'error', { reason: 'postgres_changes is not emulated by the Supabase stand-in' });
    }
    c.joins.set(f.topic, {
      joinRef: f.joinRef,
      self: config.broadcast?.self === true,
      ack: config.broadcast?.ack === true,
      private: config.private === true,
    });
    reply(c, f, 'ok', { postgres_changes: [] });
    // Realtime follows a join with presence enabled by the current (here always empty) state.
    if (config.presence?.enabled) send(c, { joinRef: f.joinRef, ref: null, topic: f.topic, event: 'presence_state', payload: {} });
  }

  function close(c: Conn, topic: string, joinRef: string | null): void {
    c.joins.delete(topic);
    send(c, { joinRef, ref: null, topic, event: 'phx_close', payload: {} });
  }

  function onFrame(c: Conn, f: Incoming): void {
    if (f.topic === 'phoenix' && f.event === 'heartbeat') return reply(c, f, 'ok');
    if (f.event === 'phx_join') return join(c, f);
    const joined = c.joins.get(f.topic);
    if (!joined) return reply(c, f, 'error', { reason: 'unmatched topic' });
    switch (f.event) {
      case 'phx_leave':
        reply(c, f, 'ok');
        return close(c, f.topic, joined.joinRef);
      case 'access_token': {
        const token = (f.payload as { access_token?: string } | null)?.access_token;
        if (opts.isKey(token)) return;
        // Realtime tells the channel why and closes it when a refreshed token is not accepted.
        const message = 'Invalid JWT Token: the stand-in accepts only its configured API keys';
        send(c, { joinRef: joined.joinRef, ref: null, topic: f.topic, event: 'system', payload: { extension: 'system', status: 'error', message } });
        return close(c, f.topic, joined.joinRef);
      }
      case 'broadcast': {
        const p = (f.payload ?? {}) as { event?: unknown; payload?: unknown };
        const event = f.broadcast?.event ?? (typeof p.event === 'string' ? p.event : undefined);
        if (event === undefined) return reply(c, f, 'error', { reason: 'broadcast needs an event name' });
        publish(f.topic, joined.private, event, f.broadcast?.body ?? { kind: 'json', value: p.payload }, c);
        if (joined.ack) reply(c, f, 'ok');
        return;
      }
      case 'presence':
        return reply(c, f, 'error', { reason: 'presence is not emulated by the Supabase stand-in' });
      default:
        return; // Realtime ignores events it has no handler for
    }
  }

  /** Handles an HTTP upgrade to /realtime/v1/websocket; the caller has checked the path. */
  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): void {
    const apikey = url.searchParams.get('apikey') ?? req.headers.apikey?.toString();
    if (!opts.isKey(apikey)) return rejectUpgrade(socket, 401, 'Unauthorized', gatewayUnauthorized(!apikey));
    const vsn = url.searchParams.get('vsn') ?? '1.0.0'; // Phoenix's default when none is named
    if (!VSNS.includes(vsn)) return rejectUpgrade(socket, 400, 'Bad Request', { message: `unsupported vsn ${vsn}` });
    wss.handleUpgrade(req, socket, head, (ws) => {
      const c: Conn = { ws, vsn: vsn as Vsn, joins: new Map() };
      conns.add(c);
      opts.log(`supabase stand-in: websocket open (vsn ${vsn})`);
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        try {
          onFrame(c, decodeFrame(data, isBinary, c.vsn));
        } catch (e) {
          opts.log(`supabase stand-in: bad websocket frame: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      ws.on('close', () => conns.delete(c));
      ws.on('error', () => conns.delete(c));
    });
  }

  /** REST broadcasts; `path` follows /realtime/v1. Auth is already checked. */
  function rest(method: string, path: string, url: URL, contentType: string, raw: Buffer): RestAnswer | undefined {
    if (path === '/api/broadcast' && method === 'POST') {
      let messages: unknown;
      try {
        messages = (JSON.parse(raw.toString('utf8')) as { messages?: unknown }).messages;
      } catch {
        return { status: 400, body: JSON.stringify({ error: 'body must be JSON' }) };
      }
      const valid = (m: unknown): m is { topic: string; event: string; payload?: unknown; private?: boolean } =>
        typeof m === 'object' && m !== null && typeof (m as { topic?: unknown }).topic === 'string' && typeof (m as { event?: unknown }).event === 'string';
      if (!Array.isArray(messages) || !messages.every(valid)) {
        return { status: 400, body: JSON.stringify({ error: 'expected {"messages": [{"topic", "event", "payload"}]}' }) };
      }
      for (const m of messages) publish(`realtime:${m.topic}`, m.private === true, m.event, { kind: 'json', value: m.payload ?? {} });
      return { status: 202, body: '' };
    }
    const one = /^\/api\/broadcast\/([^/]+)\/events\/([^/]+)$/.exec(path);
    if (one && method === 'POST') {
      const [topic, event] = [decodeURIComponent(one[1] ?? ''), decodeURIComponent(one[2] ?? '')];
      let body: BroadcastBody;
      if (contentType.startsWith('application/octet-stream')) body = { kind: 'binary', bytes: raw };
      else {
        try {
          body = { kind: 'json', value: JSON.parse(raw.toString('utf8')) };
        } catch {
          return { status: 400, body: JSON.stringify({ error: 'body must be JSON or application/octet-stream' }) };
        }
      }
      publish(`realtime:${topic}`, url.searchParams.get('private') === 'true', event, body);
      return { status: 202, body: '' };
    }
    return undefined;
  }

  return {
    upgrade,
    rest,
    sockets: () => conns.size,
    /** Drops every socket at once, as an outage does; clients reconnect by themselves. */
    dropAll(): void {
      for (const c of conns) c.ws.terminate();
      conns.clear();
    },
    close(): Promise<void> {
      for (const c of conns) c.ws.terminate();
      conns.clear();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
