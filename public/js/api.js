import { API_BASE } from '../config.js';

/** An API error: the `{"error": {code, message, request_id}}` body the API answers with. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code ?? 'http_error';
    this.requestId = body?.error?.request_id;
    this.details = body?.error?.details;
  }
}

/**
 * Calls the API (at API_BASE from config.js: this origin, or another one); JSON in, JSON out; throws ApiError on a non-2xx answer.
 * `cache: 'no-cache'` revalidates a public answer the browser holds (after the caller has just changed it).
 */
export async function api(path, { method = 'GET', body, token, headers: extra = {}, cache } = {}) {
  const headers = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${API_BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}
