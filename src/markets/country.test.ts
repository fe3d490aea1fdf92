import { describe, expect, it } from 'vitest';
import { requestCountry } from './country';

// workerd lets a Request carry `cf` only as a fetch option; the Worker sees what Cloudflare set.
const withCf = (headers: Record<string, string>, cf?: Record<string, unknown>) => {
  const req = new Request('https://shop.example/api/products', { headers });
  if (cf) Object.defineProperty(req, 'cf', { value: cf });
  return req;
};

describe('requestCountry', () => {
  it("reads Cloudflare's CF-IPCountry header first", () => {
    expect(requestCountry(withCf({ 'CF-IPCountry': 'DE' }, { country: 'FR' }))).toBe('DE');
  });

  it('falls back to request.cf.country without the header', () => {
    expect(requestCountry(withCf({}, { country: 'JP' }))).toBe('JP');
  });

  it('is null when neither says', () => {
    expect(requestCountry(withCf({}, {}))).toBeNull();
    expect(requestCountry(withCf({}, { country: 42 }))).toBeNull();
    expect(requestCountry(withCf({}))).toBeNull();
  });
});
