// Redis reads option keywords case-insensitively and @upstash/redis sends them in lower case
// (`set k v ex 60`, `keepTtl`), but several ioredis-mock commands only match upper case, so
// `SET … ex 60` would silently store the key without a TTL. Options are upper-cased before the
// mock sees them, only where a command takes options, so keys and values keep their case.

const KEYWORDS = new Set([
  'NX', 'XX', 'GT', 'LT', 'CH', 'INCR', 'EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL', 'GET', 'PERSIST',
  'WITHSCORES', 'WITHSCORE', 'REV', 'BYSCORE', 'BYLEX', 'LIMIT', 'MATCH', 'COUNT', 'TYPE',
  'WEIGHTS', 'AGGREGATE', 'SUM', 'MIN', 'MAX', 'RANK', 'MAXLEN', 'BEFORE', 'AFTER', 'LEFT',
  'RIGHT', 'BYTE', 'BIT',
]);
// Keywords followed by a free-form string (a pattern, a type name) that must stay as sent.
const TAKES_TEXT = new Set(['MATCH', 'TYPE']);

type Rule = {
  /** Index (in the arguments after the name) where options may start. */
  from: (args: string[]) => number;
  /** Options only lead the data (ZADD's flags before score/member pairs); stop at the first non-option. */
  leadingOnly?: boolean;
  /** At most this many option tokens (LINSERT's single BEFORE|AFTER). */
  max?: number;
};

const at = (n: number) => () => n;
// ZUNIONSTORE dest numkeys k1 k2 … WEIGHTS … : options start after the listed keys.
const afterKeys = (numKeysAt: number) => (args: string[]) => numKeysAt + 1 + (Number(args[numKeysAt]) || 0);

const RULES: Record<string, Rule> = {
  set: { from: at(2) },
  getex: { from: at(1) },
  expire: { from: at(2) },
  pexpire: { from: at(2) },
  expireat: { from: at(2) },
  pexpireat: { from: at(2) },
  zadd: { from: at(1), leadingOnly: true },
  zrange: { from: at(3) },
  zrevrange: { from: at(3) },
  zrangebyscore: { from: at(3) },
  zrevrangebyscore: { from: at(3) },
  zrangebylex: { from: at(3) },
  zrevrangebylex: { from: at(3) },
  zrangestore: { from: at(4) },
  zrank: { from: at(2) },
  zrevrank: { from: at(2) },
  zunionstore: { from: afterKeys(1) },
  zinterstore: { from: afterKeys(1) },
  zdiffstore: { from: afterKeys(1) },
  zunion: { from: afterKeys(0) },
  zinter: { from: afterKeys(0) },
  zdiff: { from: afterKeys(0) },
  scan: { from: at(1) },
  hscan: { from: at(2) },
  sscan: { from: at(2) },
  zscan: { from: at(2) },
  lpos: { from: at(2) },
  linsert: { from: at(1), max: 1 },
  lmove: { from: at(2) },
  bitcount: { from: at(3) },
  bitpos: { from: at(4) },
};

/** The arguments with option keywords upper-cased as the mock expects; others untouched. */
export function normalizeOptions(name: string, args: string[]): string[] {
  const rule = RULES[name];
  if (!rule) return args;
  const out = [...args];
  let seen = 0;
  for (let i = rule.from(args); i < out.length; i++) {
    const upper = (out[i] ?? '').toUpperCase();
    if (!KEYWORDS.has(upper)) {
      if (rule.leadingOnly) break;
      continue;
    }
    out[i] = upper;
    if (rule.max !== undefined && ++seen >= rule.max) break;
    if (TAKES_TEXT.has(upper)) i++;
  }
  return out;
}
