/**
 * Phoenix channel frames as realtime-js 2.x speaks them. vsn 1.0.0: JSON objects. vsn 2.0.0 (the
 * client's default): JSON arrays `[join_ref, ref, topic, event, payload]`, except user broadcasts,
 * which travel as binary frames: kind 3 (client → server push) and kind 4 (server → client).
 *
 * Binary layout (all lengths one byte, strings Latin-1/UTF-8 as realtime-js writes them):
 *   kind 3: [3, joinRefLen, refLen, topicLen, eventLen, metaLen, encoding] joinRef ref topic event meta payload
 *   kind 4: [4, topicLen, eventLen, metaLen, encoding] topic event meta payload
 * `encoding` is 0 for raw bytes and 1 for a JSON payload.
 */

export type Vsn = '1.0.0' | '2.0.0';

/** A user broadcast body: JSON, or raw bytes (httpSend with a binary payload, or a binary send()). */
export type BroadcastBody = { kind: 'json'; value: unknown } | { kind: 'binary'; bytes: Buffer };

export interface Frame {
  joinRef: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: unknown;
}

/** A decoded client frame; a kind-3 push arrives as event `broadcast` with its body kept aside. */
export type Incoming = Frame & { broadcast?: { event: string; body: BroadcastBody } };

const KIND_PUSH = 3;
const KIND_BROADCAST = 4;
const ENC_BINARY = 0;
const ENC_JSON = 1;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));

function decodeBinaryPush(buf: Buffer): Incoming {
  if (buf.length < 7 || buf[0] !== KIND_PUSH) throw new Error(`unsupported binary frame kind ${buf[0]}`);
  const lens = [buf[1], buf[2], buf[3], buf[4], buf[5]] as number[];
  const encoding = buf[6];
  let at = 7;
  const [joinRef, ref, topic, event, meta] = lens.map((len) => {
    const s = buf.subarray(at, at + len).toString('utf8');
    at += len;
    return s;
  }) as [string, string, string, string, string];
  const rest = buf.subarray(at);
  const body: BroadcastBody =
    encoding === ENC_JSON ? { kind: 'json', value: JSON.parse(rest.toString('utf8')) } : { kind: 'binary', bytes: Buffer.from(rest) };
  const payload = { type: 'broadcast', event, ...(meta ? { meta: JSON.parse(meta) } : {}) };
  return { joinRef: joinRef || null, ref: ref || null, topic, event: 'broadcast', payload, broadcast: { event, body } };
}

/** Parses one websocket message from a client of the given protocol version. */
export function decodeFrame(data: Buffer, isBinary: boolean, vsn: Vsn): Incoming {
  if (isBinary) return decodeBinaryPush(data);
  const parsed: unknown = JSON.parse(data.toString('utf8'));
  if (vsn === '2.0.0') {
    if (!Array.isArray(parsed) || parsed.length !== 5) throw new Error('vsn 2.0.0 frames are 5-element arrays');
    const [joinRef, ref, topic, event, payload] = parsed as unknown[];
    return { joinRef: str(joinRef), ref: str(ref), topic: String(topic), event: String(event), payload };
  }
  const o = parsed as Record<string, unknown>;
  return { joinRef: str(o.join_ref), ref: str(o.ref), topic: String(o.topic), event: String(o.event), payload: o.payload };
}

/** Encodes a control or reply frame (phx_reply, phx_close, presence_state, system…). */
export function encodeFrame(f: Frame, vsn: Vsn): string {
  if (vsn === '2.0.0') return JSON.stringify([f.joinRef, f.ref, f.topic, f.event, f.payload]);
  return JSON.stringify({ topic: f.topic, event: f.event, payload: f.payload, ref: f.ref, join_ref: f.joinRef });
}

/**
 * Encodes a user broadcast for a subscriber: a kind-4 binary frame on vsn 2.0.0 (what Realtime
 * sends), a `broadcast` JSON frame on vsn 1.0.0. Raw bytes cannot travel over vsn 1: undefined.
 */
export function encodeBroadcast(topic: string, event: string, body: BroadcastBody, vsn: Vsn): string | Buffer | undefined {
  if (vsn === '1.0.0') {
    if (body.kind === 'binary') return undefined;
    return encodeFrame({ joinRef: null, ref: null, topic, event: 'broadcast', payload: { type: 'broadcast', event, payload: body.value } }, vsn);
  }
  const t = Buffer.from(topic, 'utf8');
  const e = Buffer.from(event, 'utf8');
  if (t.length > 255 || e.length > 255) throw new Error('topic and event must be at most 255 bytes');
  const payload = body.kind === 'json' ? Buffer.from(JSON.stringify(body.value ?? null), 'utf8') : body.bytes;
  const header = Buffer.from([KIND_BROADCAST, t.length, e.length, 0, body.kind === 'json' ? ENC_JSON : ENC_BINARY]);
  return Buffer.concat([header, t, e, payload]);
}
