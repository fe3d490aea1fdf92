import { STOCK_PREFIX, STOCK_TTL_SECONDS } from './keys';

// Lua run by Redis, so that checking an entry's versions, overlaying stock and guarding a fill each
// cost one round trip. An entry is three parts separated by newlines:
//   "<dep key> <version> <dep key> <version> ..."   the versions it was built under
//   "<stock id> <stock id> ..."                     the stock slots it shows (p12 v3 ...)
//   payload                                          opaque to Redis (see entry.ts)
// Versions are compared as text; a missing key is "0". (Written for Redis' Lua 5.1 and the stand-in's 5.3.)

/**
 * KEYS[1] the entry, KEYS[2..] keys whose values a fill must guard on. A hit returns
 * {"1", payload, stock level per slot ("" when unknown)}; a miss {"0", guard value...}.
 */
export const READ_SCRIPT = `
local e = redis.call('GET', KEYS[1])
if e then
  local a = string.find(e, '\\n', 1, true)
  local b = a and string.find(e, '\\n', a + 1, true)
  local fresh = b ~= nil
  if fresh then
    for k, v in string.gmatch(string.sub(e, 1, a - 1), '(%S+) (%S+)') do
      if (redis.call('GET', k) or '0') ~= v then fresh = false break end
    end
  end
  if fresh then
    local out = {'1', string.sub(e, b + 1)}
    for id in string.gmatch(string.sub(e, a + 1, b - 1), '%S+') do
      out[#out + 1] = redis.call('GET', '${STOCK_PREFIX}' .. id) or ''
    end
    return out
  end
end
local out = {'0'}
for i = 2, #KEYS do out[#out + 1] = redis.call('GET', KEYS[i]) or '0' end
return out`;

/**
 * KEYS[1] the entry, KEYS[2..] the guard keys. ARGV: ttl, then one expected value per guard key, then
 * the dependency keys, the stock ids, the payload and the stock levels read with it ("id:version:qty"),
 * each space-separated. Stores nothing (returns 0) if a guard moved since the lookup: the page may
 * predate a write. Stock levels are stored only over older ones.
 */
export const FILL_SCRIPT = `
local n = #KEYS - 1
for i = 1, n do
  if (redis.call('GET', KEYS[i + 1]) or '0') ~= ARGV[i + 1] then return 0 end
end
local deps = {}
for k in string.gmatch(ARGV[n + 2], '%S+') do deps[#deps + 1] = k .. ' ' .. (redis.call('GET', k) or '0') end
redis.call('SET', KEYS[1], table.concat(deps, ' ') .. '\\n' .. ARGV[n + 3] .. '\\n' .. ARGV[n + 4], 'EX', tonumber(ARGV[1]))
for id, ver, qty in string.gmatch(ARGV[n + 5], '(%S+):(%d+):(%-?%d+)') do
  local k = '${STOCK_PREFIX}' .. id
  local cur = redis.call('GET', k)
  local cv = cur and tonumber(string.match(cur, '^(%d+)')) or -1
  local v = tonumber(ver)
  if v > cv then redis.call('SET', k, ver .. ':' .. qty, 'EX', ${STOCK_TTL_SECONDS})
  elseif v == cv then redis.call('EXPIRE', k, ${STOCK_TTL_SECONDS}) end
end
return 1`;

/**
 * KEYS[1] the in-stock tag. ARGV[1] the levels ("id:version:qty" space-separated), ARGV[2] "1" when
 * every change was a decrease. A level is stored only over an older one, so levels arriving out of order
 * end at the newest. The tag is bumped when a product may have crossed zero: it is at zero now, or it
 * was at zero (or unknown) before a change that was not known to be a decrease.
 */
export const STOCK_SCRIPT = `
local bump = false
for id, ver, qty in string.gmatch(ARGV[1], '(%S+):(%d+):(%-?%d+)') do
  local k = '${STOCK_PREFIX}' .. id
  local cur = redis.call('GET', k)
  local cv, cq = -1, nil
  if cur then
    local a, b = string.match(cur, '^(%d+):(%-?%d+)$')
    cv, cq = tonumber(a), tonumber(b)
  end
  local v, q = tonumber(ver), tonumber(qty)
  if string.sub(id, 1, 1) == 'p' and (q <= 0 or (ARGV[2] ~= '1' and (cq == nil or cq <= 0))) then bump = true end
  if v > cv then redis.call('SET', k, ver .. ':' .. qty, 'EX', ${STOCK_TTL_SECONDS}) end
end
if bump then redis.call('INCR', KEYS[1]) return 1 end
return 0`;
