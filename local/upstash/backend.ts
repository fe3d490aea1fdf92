import type { Command, Outcome } from './commands';

/** What the HTTP layer needs from a Redis: one command, a pipeline, and an atomic transaction. */
export interface Backend {
  /** Runs one command; a Redis error comes back as `{ error }`, never as a rejection. */
  exec(cmd: Command): Promise<Outcome>;
  /** Runs every command in order; each fails or succeeds on its own, as Upstash pipelines do. */
  pipeline(cmds: Command[]): Promise<Outcome[]>;
  /** MULTI … EXEC: per-command outcomes, or one `{ error }` when Redis discarded the transaction. */
  multiExec(cmds: Command[]): Promise<Outcome[] | { error: string }>;
  close(): Promise<void>;
}

/** Opens a real Redis when a URL is given, else the embedded in-memory ioredis-mock. */
export async function createBackend(redisUrl?: string): Promise<Backend> {
  // Imported lazily so a stand-in on the mock never loads the network client, and vice versa.
  if (redisUrl) return (await import('./real-backend')).openRealBackend(redisUrl);
  return (await import('./mock-backend')).openMockBackend();
}
