import type { IncomingMessage } from 'node:http';
import type { Outcome, Reply } from './commands';

/** True when the caller asked for `Upstash-Encoding: base64` (the client's default). */
export function wantsBase64(req: IncomingMessage): boolean {
  const header = req.headers['upstash-encoding'];
  return typeof header === 'string' && header.trim().toLowerCase() === 'base64';
}

/** Base64 as Upstash applies it: every string (array elements too, at any depth) becomes the
 * base64 of its UTF-8 bytes; integers and null stay as they are. Status replies such as "OK" are
 * encoded too, as SRH does: the client decodes them either way. */
export function encodeReply(value: Reply): Reply {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
  if (Array.isArray(value)) return value.map(encodeReply);
  return value;
}

/** One pipeline item for the wire; error texts are never encoded. */
export function encodeOutcome(outcome: Outcome, base64: boolean): Outcome {
  if ('error' in outcome || !base64) return outcome;
  return { result: encodeReply(outcome.result) };
}
