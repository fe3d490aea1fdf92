/**
 * The request's country (ISO 3166-1 alpha-2) as Cloudflare reports it: the `CF-IPCountry` header it sets
 * at the edge when IP Geolocation is on (and which Miniflare and tests send by hand), else `request.cf`.
 * The header is read first because `request.cf` is built from its serialised form on first access, which
 * costs more than the rest of the market choice. A country only picks a default market (any shopper may
 * ask for another with `X-Market`), so a client-set header gains nothing it could not ask for.
 */
export function requestCountry(request: Request): string | null {
  const header = request.headers.get('CF-IPCountry');
  if (header) return header;
  const cf = (request as Request & { cf?: { country?: unknown } }).cf;
  return typeof cf?.country === 'string' ? cf.country : null;
}
