import { createHash } from 'node:crypto';
import type { Command } from './commands';

// Upstash accepts `#!lua flags=...` shebang flags that the local Redis may not know yet
// (`allow-key-locking`, which @upstash/ratelimit sends, is newer than Redis 7.0). Those flags are
// dropped before the script reaches Redis. Clients address scripts by the SHA-1 of the text they
// sent, so EVALSHA is translated from that SHA to the SHA of the text Redis really holds.
const UNKNOWN_FLAGS = new Set(['allow-key-locking']);

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export function compatScript(script: string): string {
  const m = /^#!lua( flags=([^\n]*))?(\n|$)/.exec(script);
  if (!m?.[2]) return script;
  const flags = m[2].split(',').map((f) => f.trim()).filter((f) => f && !UNKNOWN_FLAGS.has(f));
  const line = flags.length ? `#!lua flags=${flags.join(',')}` : '#!lua';
  return line + script.slice(m[0].length - m[3]!.length);
}

/** Rewrites script commands for the local Redis, remembering which SHA stands for which. */
export class ScriptTranslator {
  private readonly shas = new Map<string, string>();

  translate(cmd: Command): Command {
    const [name, ...args] = cmd;
    const upper = name.toUpperCase();
    if ((upper === 'EVAL' || upper === 'EVAL_RO') && args[0] !== undefined) {
      return [name, this.remember(args[0]), ...args.slice(1)];
    }
    if ((upper === 'EVALSHA' || upper === 'EVALSHA_RO') && args[0] !== undefined) {
      return [name, this.shas.get(args[0].toLowerCase()) ?? args[0], ...args.slice(1)];
    }
    if (upper === 'SCRIPT' && args[0]?.toUpperCase() === 'LOAD' && args[1] !== undefined) {
      return [name, args[0], this.remember(args[1])];
    }
    return cmd;
  }

  /** The SHA a client expects for SCRIPT LOAD of `script`. */
  static clientSha(script: string): string {
    return sha1(script);
  }

  private remember(script: string): string {
    const compat = compatScript(script);
    if (compat !== script) this.shas.set(sha1(script), sha1(compat));
    return compat;
  }
}
