/** Postgres text output: array literals and date/time values, read as node-postgres' pg-types reads them. */

/** `{a,"b c",NULL,{1,2}}` → nested arrays; unquoted NULL is null; `each` parses every other element. */
export function parseArray(text: string, each: (s: string) => unknown = (s) => s): unknown[] {
  let pos = 0;
  // A leading dimension decoration (`[1:2]={...}`) precedes the literal.
  if (text[0] === '[') pos = text.indexOf('=') + 1;
  const read = (): unknown[] => {
    const out: unknown[] = [];
    pos++; // '{'
    let token = '';
    let quoted = false;
    let inQuotes = false;
    let pending = false;
    const push = () => {
      if (pending || token.length > 0 || quoted) out.push(!quoted && token === 'NULL' ? null : each(token));
      token = '';
      quoted = false;
      pending = false;
    };
    while (pos < text.length) {
      const ch = text[pos]!;
      if (inQuotes) {
        if (ch === '\\') {
          token += text[pos + 1] ?? '';
          pos += 2;
          continue;
        }
        if (ch === '"') inQuotes = false;
        else token += ch;
        pos++;
        continue;
      }
      if (ch === '{') {
        out.push(read());
        continue;
      }
      if (ch === '}') {
        if (token.length > 0 || quoted) push();
        pos++;
        return out;
      }
      if (ch === '"') {
        inQuotes = true;
        quoted = true;
      } else if (ch === ',') {
        if (token.length > 0 || quoted) push();
      } else {
        token += ch;
      }
      pos++;
    }
    throw new Error('array dimension not balanced');
  };
  return read();
}

const DATETIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
const DATE_ONLY = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
const ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;

/** A date, timestamp or timestamptz: a Date (local time where Postgres gives no zone), ±Infinity, or null. */
export function parseTimestamp(text: string): Date | number | null {
  return utcTimestamp(text) ?? parseAnyTimestamp(text);
}

const digits = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
};

/**
 * The shape a UTC session writes every timestamptz in (`2026-11-29 07:24:52.123456+00`), read without
 * regular expressions; null for any other shape, which the general reader takes. Same result as it.
 */
function utcTimestamp(text: string): Date | null {
  const n = text.length;
  if (n < 22 || n > 29 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 32 || !text.endsWith('+00')) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const h = digits(text, 11, 13);
  const min = digits(text, 14, 16);
  const s = digits(text, 17, 19);
  if (text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || !(year >= 100) || Number.isNaN(month + day + h + min + s)) return null;
  let ms = 0;
  if (n > 22) {
    if (n === 23 || text.charCodeAt(19) !== 46 || Number.isNaN(digits(text, 20, n - 3))) return null;
    ms = 1000 * Number.parseFloat(text.slice(19, n - 3));
  }
  return new Date(Date.UTC(year, month - 1, day, h, min, s, ms));
}

function parseAnyTimestamp(text: string): Date | number | null {
  if (/^-?infinity$/.test(text)) return Number(text.replace('i', 'I'));
  const m = DATETIME.exec(text);
  if (!m) {
    const d = DATE_ONLY.exec(text);
    if (!d) return null;
    const year = yearOf(d[1]!, Boolean(d[4]));
    const date = new Date(year, Number.parseInt(d[2]!, 10) - 1, Number.parseInt(d[3]!, 10));
    if (year >= 0 && year < 100) date.setFullYear(year);
    return date;
  }
  const year = yearOf(m[1]!, Boolean(m[8]));
  const month = Number.parseInt(m[2]!, 10) - 1;
  const day = Number.parseInt(m[3]!, 10);
  const [h, min, s] = [m[4]!, m[5]!, m[6]!].map((x) => Number.parseInt(x, 10)) as [number, number, number];
  const ms = m[7] ? 1000 * Number.parseFloat(m[7]) : 0;
  const offset = zoneOffset(text);
  if (offset === null) {
    const date = new Date(year, month, day, h, min, s, ms);
    if (year >= 0 && year < 100) date.setFullYear(year);
    return date;
  }
  const date = new Date(Date.UTC(year, month, day, h, min, s, ms));
  if (year >= 0 && year < 100) date.setUTCFullYear(year);
  if (offset !== 0) date.setTime(date.getTime() - offset);
  return date;
}

function yearOf(text: string, bc: boolean): number {
  const y = Number.parseInt(text, 10);
  return bc ? -(y - 1) : y;
}

function zoneOffset(text: string): number | null {
  if (text.endsWith('+00') || text.endsWith('Z')) return 0;
  const m = ZONE.exec(text.split(' ')[1] ?? '');
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number.parseInt(m[2] ?? '0', 10) * 3600 + Number.parseInt(m[3] ?? '0', 10) * 60 + Number.parseInt(m[4] ?? '0', 10)) * 1000;
}
