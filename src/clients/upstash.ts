/** A Redis command as Upstash's REST API takes it: `["SET", "k", "v", "EX", 60]`. */
export type Command = (string | number)[];

/** A command Upstash refused (its `{"error": ...}`), or an HTTP failure of the whole request. */
export class UpstashError extends Error {
  override name = 'UpstashError';
}

type Reply = { result: unknown } | { error: string };

/**
 * The few bytes of Upstash's REST protocol this API needs: one `POST /pipeline` per call, replies in
 * plain JSON (no `Upstash-Encoding: base64`, so nothing to decode). @upstash/redis spent a third of a
 * cached read's CPU on serialisation, base64, auto-pipelining and telemetry this API never uses.
 */
export class UpstashRest {
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;
  /** Which database this client reaches (its endpoint and credentials): equal ids, same Redis. */
  readonly id: string;

  constructor(
    url: string,
    token: string,
    /** A request gives up after this long (the fetch is aborted; no timer of ours races it). */
    private readonly timeoutMs?: number,
  ) {
    this.endpoint = `${url.replace(/\/$/, '')}/pipeline`;
    this.headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    this.id = `${this.endpoint} ${token}`;
  }

  /** Sends the commands in one request; each reply in order, or an UpstashError in its place. */
  async pipeline(commands: Command[]): Promise<(unknown | UpstashError)[]> {
    const signal = this.timeoutMs ? AbortSignal.timeout(this.timeoutMs) : undefined;
    const res = await fetch(this.endpoint, { method: 'POST', headers: this.headers, body: JSON.stringify(commands), signal });
    if (!res.ok) {
      const text = await res.text();
      let message = text;
      try {
        message = (JSON.parse(text) as { error?: string }).error ?? text;
      } catch {
        // Not JSON: the text is the message.
      }
      throw new UpstashError(`Upstash answered ${res.status}: ${message.slice(0, 200)}`);
    }
    const replies = (await res.json()) as Reply[];
    return commands.map((_, i) => {
      const r = replies[i];
      if (!r) return new UpstashError('Upstash sent fewer replies than commands');
      return 'error' in r ? new UpstashError(r.error) : r.result;
    });
  }

  /** Sends the commands in one request and throws the first refusal. */
  async exec(commands: Command[]): Promise<unknown[]> {
    const replies = await this.pipeline(commands);
    for (const r of replies) if (r instanceof UpstashError) throw r;
    return replies;
  }
}

/** A stored value as @upstash/redis reads it back: JSON when it parses, the text otherwise. */
export function parseValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** A value as @upstash/redis stores it: text as it is, anything else as JSON. */
export const serializeValue = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
