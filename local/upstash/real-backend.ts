import { Redis, ReplyError } from 'ioredis';
import type { Backend } from './backend';
import { type Command, deniedReason, EXEC_ABORT, type Outcome, type Reply, redisErrorText } from './commands';
import { ScriptTranslator } from './script-compat';

// Content-addressed (SHA to SHA), so one translator serves every backend.
const scripts = new ScriptTranslator();

const MAX_CONNECTIONS = 32;
const MAX_IDLE = 8;

/** A few ioredis connections lent out one request at a time, so a blocking command or a
 * transaction never shares its connection with another caller. */
class ConnectionPool {
  private idle: Redis[] = [];
  private waiting: ((conn: Redis) => void)[] = [];
  private open = 0;
  private closed = false;

  constructor(private readonly url: string) {}

  connect(lazy = false): Redis {
    this.open++;
    const conn = new Redis(this.url, {
      lazyConnect: lazy,
      // Fail fast when Redis is gone: a caller's HTTP request should not hang on reconnects.
      maxRetriesPerRequest: 1,
      connectTimeout: 5_000,
    });
    // Failures reach the caller through the command that hit them; without a listener ioredis
    // would also print every reconnect attempt as an "Unhandled error event".
    conn.on('error', () => undefined);
    return conn;
  }

  async acquire(): Promise<Redis> {
    if (this.closed) throw new Error('ERR the stand-in is closing');
    const conn = this.idle.pop();
    if (conn) return conn;
    if (this.open < MAX_CONNECTIONS) return this.connect();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Returns a connection; a broken one (or one past the idle limit) is closed instead. */
  release(conn: Redis, healthy: boolean): void {
    if (!this.closed && healthy && conn.status === 'ready') {
      const next = this.waiting.shift();
      if (next) return next(conn);
      if (this.idle.length < MAX_IDLE) {
        this.idle.push(conn);
        return;
      }
    }
    this.open--;
    conn.disconnect();
    // A waiter gets a fresh connection when the one it waited for was dropped.
    const next = this.waiting.shift();
    if (next && !this.closed) next(this.connect());
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.map((c) => c.quit().catch(() => c.disconnect())));
    this.idle = [];
  }
}

/** Replies as Upstash sends them: nested Redis errors (from Lua tables) become their text. */
function toReply(value: unknown): Reply {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(toReply);
  if (value instanceof Error) return redisErrorText(value);
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

// Only a reply from Redis leaves the connection usable; anything else (a socket error, a
// timeout) means it may be mid-command, so it must not go back to the pool.
const isReplyError = (err: unknown): boolean => err instanceof ReplyError;

/** Sends a command by its upper-case name: ioredis keys its reply transformers (HGETALL → object)
 * by the lower-case name, so this keeps the raw RESP2 shape Upstash returns. */
async function send(conn: Redis, cmd: Command): Promise<unknown> {
  const [name, ...args] = scripts.translate(cmd);
  const reply = await conn.call(name.toUpperCase(), ...args);
  // SCRIPT LOAD answers the SHA of the text the client sent, as Upstash does.
  if (name.toUpperCase() === 'SCRIPT' && args[0]?.toUpperCase() === 'LOAD') return ScriptTranslator.clientSha(cmd[2]!);
  return reply;
}

async function run(conn: Redis, cmd: Command): Promise<Outcome> {
  const refused = deniedReason(cmd);
  if (refused) return { error: refused };
  try {
    return { result: toReply(await send(conn, cmd)) };
  } catch (err) {
    if (!isReplyError(err)) throw err;
    return { error: redisErrorText(err) };
  }
}

/** Connects to the Redis at `url` (its path may pick a db: redis://host:6379/5) and checks it answers. */
export async function openRealBackend(url: string): Promise<Backend> {
  const pool = new ConnectionPool(url);
  const first = pool.connect(true);
  try {
    await first.connect();
    await first.ping();
  } catch (err) {
    first.disconnect();
    throw new Error(`Upstash stand-in: Redis at ${url} does not answer (${(err as Error).message})`);
  }
  pool.release(first, true);

  /** Lends a connection for one unit of work; rethrown failures drop the connection. */
  async function withConnection<T>(work: (conn: Redis) => Promise<T>): Promise<T> {
    const conn = await pool.acquire();
    let healthy = false;
    try {
      const out = await work(conn);
      healthy = true;
      return out;
    } finally {
      pool.release(conn, healthy);
    }
  }

  return {
    exec: (cmd) => withConnection((conn) => run(conn, cmd)),
    // ioredis writes all of them before reading any reply, so this is a real Redis pipeline.
    pipeline: (cmds) => withConnection((conn) => Promise.all(cmds.map((cmd) => run(conn, cmd)))),
    multiExec: (cmds) =>
      withConnection(async (conn) => {
        // A refused command cannot be queued; Redis would abort the whole transaction for it.
        if (cmds.some((cmd) => deniedReason(cmd))) return { error: EXEC_ABORT };
        await conn.call('MULTI');
        // Queue-time errors (unknown command, arity) are remembered by Redis, which then
        // answers EXEC with EXECABORT; the individual rejections carry nothing extra.
        await Promise.all(cmds.map((cmd) => send(conn, cmd).catch((err: unknown) => {
          if (!isReplyError(err)) throw err;
        })));
        let replies: unknown;
        try {
          replies = await conn.call('EXEC');
        } catch (err) {
          if (!isReplyError(err)) throw err;
          return { error: redisErrorText(err) };
        }
        if (!Array.isArray(replies)) return { error: EXEC_ABORT };
        return replies.map((r): Outcome =>
          r instanceof Error ? { error: redisErrorText(r) } : { result: toReply(r) },
        );
      }),
    close: () => pool.close(),
  };
}
