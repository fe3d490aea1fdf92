import { createHash } from 'node:crypto';
import RedisMock from 'ioredis-mock';
import type { Backend } from './backend';
import {
  type Command,
  deniedReason,
  EXEC_ABORT,
  type Outcome,
  type Reply,
  redisCheck,
  redisErrorText,
} from './commands';
import { MOCK_LUA_ERROR_PREFIX, wrapScript } from './mock-lua';
import { normalizeOptions } from './mock-options';

/** A command failure worded as Redis words it, distinct from a bug in the stand-in. */
class RedisError extends Error {}

// ioredis-mock shares one keyspace between instances with the same host:port; a made-up host per
// stand-in keeps two stand-ins in one process (or one test file after another) apart.
let instanceSeq = 0;

type MockMethod = (...args: string[]) => Promise<unknown>;

/** Mock replies in Upstash's RESP2 shape: the mock's HGETALL object flattened, Buffers as text. */
function toReply(value: unknown): Reply {
  if (value === null || value === undefined || value === false) return null;
  if (value === true) return 1;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value)) return value.map(toReply);
  if (value instanceof Error) return redisErrorText(value);
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, toReply(v)]);
  return String(value);
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Opens an empty in-memory Redis (ioredis-mock) with EVAL, EVALSHA and SCRIPT emulated on top. */
export async function openMockBackend(): Promise<Backend> {
  const mock = new RedisMock({ host: `upstash-standin-${process.pid}-${++instanceSeq}`, port: 6379 });
  const methods = mock as unknown as Record<string, MockMethod | undefined>;
  // The mock has no script cache (SCRIPT is unsupported), so EVALSHA is served from this one.
  const scripts = new Map<string, string>();

  // Every command runs alone, so a MULTI/EXEC here is as atomic as on a real Redis.
  let tail: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  }

  async function evalScript(script: string, rest: string[]): Promise<Reply> {
    const numKeys = Number(rest[0]);
    if (!Number.isInteger(numKeys)) throw new RedisError('ERR value is not an integer or out of range');
    if (numKeys < 0) throw new RedisError("ERR Number of keys can't be negative");
    if (numKeys > rest.length - 1) throw new RedisError("ERR Number of keys can't be greater than number of args");
    scripts.set(sha1(script), script);
    let json: unknown;
    try {
      json = await mock.eval(wrapScript(script), numKeys, ...rest.slice(1));
    } catch (err) {
      // fengari names the chunk after its source (our prelude); Redis calls it user_script.
      const text = (err instanceof Error ? err.message : String(err))
        .replace(MOCK_LUA_ERROR_PREFIX, '')
        .replace(/\[string ".*?"\]/g, 'user_script');
      throw new RedisError(redisErrorText(text));
    }
    return JSON.parse(String(json)) as Reply;
  }

  function scriptCommand(args: string[]): Reply {
    const sub = (args[0] ?? '').toLowerCase();
    if (sub === 'load' && args.length === 2) {
      const script = args[1] ?? '';
      const sha = sha1(script);
      scripts.set(sha, script);
      return sha;
    }
    if (sub === 'exists' && args.length >= 2) {
      return args.slice(1).map((sha) => (scripts.has(sha.toLowerCase()) ? 1 : 0));
    }
    if (sub === 'flush') {
      scripts.clear();
      return 'OK';
    }
    const shown = args[0] ?? '';
    throw new RedisError(`ERR unknown subcommand or wrong number of arguments for '${shown}'. Try SCRIPT HELP.`);
  }

  async function call(cmd: Command): Promise<Reply> {
    const name = cmd[0].toLowerCase();
    const args = cmd.slice(1);
    switch (name) {
      case 'eval':
      case 'eval_ro':
        return evalScript(args[0] ?? '', args.slice(1));
      case 'evalsha':
      case 'evalsha_ro': {
        const script = scripts.get((args[0] ?? '').toLowerCase());
        if (script === undefined) throw new RedisError('NOSCRIPT No matching script. Please use EVAL.');
        return evalScript(script, args.slice(1));
      }
      case 'script':
        return scriptCommand(args);
    }
    const method = methods[name];
    const unsupported = `ERR unknown command '${cmd[0]}' (not emulated by the embedded ioredis-mock backend)`;
    if (typeof method !== 'function') throw new RedisError(unsupported);
    let value: unknown;
    try {
      value = await method.apply(mock, normalizeOptions(name, args));
    } catch (err) {
      // The mock throws TypeError "Unsupported command" for names it only stubs.
      if (err instanceof TypeError && /Unsupported command/.test(err.message)) throw new RedisError(unsupported);
      throw new RedisError(redisErrorText(err));
    }
    return toReply(value);
  }

  /** Redis' queue-time checks: a command refused here never reaches the mock. */
  const precheck = (cmd: Command): string | null => deniedReason(cmd) ?? redisCheck(cmd);

  async function outcome(cmd: Command): Promise<Outcome> {
    const refused = precheck(cmd);
    if (refused) return { error: refused };
    try {
      return { result: await call(cmd) };
    } catch (err) {
      // Anything the mock throws is treated as that command's Redis error, as Redis would
      // report it, rather than failing the whole HTTP request.
      return { error: err instanceof RedisError ? err.message : redisErrorText(err) };
    }
  }

  async function runAll(cmds: Command[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const cmd of cmds) outcomes.push(await outcome(cmd));
    return outcomes;
  }

  return {
    exec: (cmd) => serial(() => outcome(cmd)),
    pipeline: (cmds) => serial(() => runAll(cmds)),
    multiExec: (cmds) => serial(async () => (cmds.some((cmd) => precheck(cmd)) ? { error: EXEC_ABORT } : runAll(cmds))),
    close: async () => {
      // The mock keeps its keyspace in a module-level map; emptying it frees the memory.
      await mock.flushall();
      mock.disconnect();
    },
  };
}
