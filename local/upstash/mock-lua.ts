// Lua glue for ioredis-mock's fengari VM. The mock runs scripts, but hands `redis.call` results to
// Lua as JS proxies (JS null instead of false, floats instead of integers) and converts the value a
// script returns unreliably (a table filled in a loop comes back as a function). So every script
// is wrapped: replies are made into the plain Lua values Redis gives, and the script's result is
// serialized to JSON inside Lua, which the backend parses, bypassing the mock's conversion.
// Numbers are formatted with %.0f: fengari's integers are 32-bit, so millisecond timestamps are
// floats there. (No Lua comments in the prelude: it is joined into one line.)

const PRELUDE = `
local __call, __pcall = redis.call, redis.pcall
local function __isnull(v)
  return type(v) == 'userdata' and tostring(v) == 'null' and not pcall(function() return #v end)
end
local function __tolua(v)
  if type(v) == 'number' then return math.tointeger(v) or v end
  if type(v) ~= 'userdata' then return v end
  if __isnull(v) then return false end
  local t = {}
  for i = 1, #v do t[i] = __tolua(v[i]) end
  return t
end
redis.call = function(...) return __tolua(__call(...)) end
redis.pcall = function(...) return __tolua(__pcall(...)) end
redis.error_reply = function(m) return { err = m } end
redis.status_reply = function(m) return { ok = m } end
redis.log = function() end
redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING = 0, 1, 2, 3
redis.replicate_commands = function() return true end
local function __str(s)
  return '"' .. (s:gsub('[%c"\\\\]', function(c) return string.format('\\\\u%04x', c:byte()) end)) .. '"'
end
local function __json(v)
  local t = type(v)
  if t == 'string' then return __str(v) end
  if t == 'number' then
    local n = v >= 0 and math.floor(v) or math.ceil(v)
    return string.format('%.0f', n)
  end
  if v == true then return '1' end
  if t == 'table' then
    if v.err ~= nil then error(tostring(v.err), 0) end
    if v.ok ~= nil then return __str(tostring(v.ok)) end
    local parts, i = {}, 1
    while v[i] ~= nil do parts[i] = __json(v[i]); i = i + 1 end
    return '[' .. table.concat(parts, ',') .. ']'
  end
  return 'null'
end
return __json((function()`;

/** The script wrapped so its result arrives as JSON text; user code keeps its line numbers. */
export function wrapScript(script: string): string {
  // Redis 7 reads an optional `#!lua flags=...` first line; it is not Lua, so it is blanked here
  // (keeping line numbers). The prelude goes on one line so errors still point at the user's line.
  const body = script.startsWith('#!') ? script.replace(/^#![^\n]*/, '') : script;
  return `${PRELUDE.replace(/\n/g, ' ')} ${body}\nend)())`;
}

/** ioredis-mock prefixes every Lua failure with this; Redis reports the bare message. */
export const MOCK_LUA_ERROR_PREFIX = 'Error trying to loading or executing lua code string in VM: ';
