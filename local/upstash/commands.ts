import { createRequire } from 'node:module';

/** A Redis reply as Upstash puts it in JSON (RESP2: bulk/status → string, integer → number, nil → null). */
export type Reply = string | number | null | Reply[];

/** One command's outcome, exactly the shape of an item in an Upstash pipeline reply. */
export type Outcome = { result: Reply } | { error: string };

/** A command as it travels to Redis: the name first, every argument already a string. */
export type Command = [string, ...string[]];

/** Redis' own wording for a transaction discarded at queue time; Upstash passes it through. */
export const EXEC_ABORT = 'EXECABORT Transaction discarded because of previous errors.';

// Connection-state commands: over REST every request may land on another pooled connection, so
// these would leak state into other callers' requests (SELECT) or wedge a connection (SUBSCRIBE).
// Upstash refuses them on its REST endpoint too; transactions go through /multi-exec instead.
const DENIED = new Set([
  'auth', 'hello', 'select', 'swapdb', 'quit', 'reset', 'client', 'monitor', 'sync', 'psync',
  'multi', 'exec', 'discard', 'watch', 'unwatch', 'wait', 'waitaof',
  'subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe',
  'shutdown', 'replicaof', 'slaveof', 'failover', 'debug',
]);

type CommandSpec = { arity: number };
// The command table ioredis itself ships (a dependency of both ioredis and ioredis-mock). Only the
// embedded backend needs it: a real Redis checks names and arity itself.
const specs = createRequire(import.meta.url)('@ioredis/commands/built/commands.json') as Record<
  string,
  CommandSpec
>;

/** Turns one JSON command array into a Command, or returns the error text Upstash would send. */
export function parseCommand(raw: unknown): Command | string {
  if (!Array.isArray(raw) || raw.length === 0) return 'ERR failed to parse command: expected a non-empty JSON array';
  const out: string[] = [];
  for (const item of raw) {
    // The client sends strings and numbers; booleans slip through its serializer unchanged.
    if (typeof item === 'string') out.push(item);
    else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
    else return `ERR failed to parse command: arguments must be strings or numbers, got ${JSON.stringify(item)}`;
  }
  return out as Command;
}

/** The refusal for a command the stand-in will not run over REST, or null when it may run. */
export function deniedReason(cmd: Command): string | null {
  const name = cmd[0].toLowerCase();
  return DENIED.has(name) ? `ERR Command is not available: '${name.toUpperCase()}'` : null;
}

/** Redis' own checks for an unknown command or a wrong argument count, for backends that lack them. */
export function redisCheck(cmd: Command): string | null {
  const name = cmd[0].toLowerCase();
  const spec = specs[name];
  if (!spec) {
    const shown = cmd.slice(1, 11).map((a) => `'${a.slice(0, 128)}' `).join('');
    return `ERR unknown command '${cmd[0]}', with args beginning with: ${shown}`;
  }
  const { arity } = spec;
  if ((arity > 0 && cmd.length !== arity) || (arity < 0 && cmd.length < -arity)) {
    return `ERR wrong number of arguments for '${name}' command`;
  }
  return null;
}

/** Error text as Redis words it: an upper-case code first, `ERR` when the source gave none. */
export function redisErrorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return /^[A-Z][A-Z_]+ /.test(text) ? text : `ERR ${text}`;
}
