"""Lua scripts that fold a turn's lock into its reads and writes: one round trip to lock the
conversation and read (session, or the stored result of a redelivered message), one to write
and unlock. Redis runs a script atomically; redis-py sends it by SHA after the first call."""

from __future__ import annotations

LOCK_AND_READ = """
-- KEYS: lock, session[, seen]   ARGV: token, lock ttl (ms)
-- -> {1, prior result or false, session or false} when locked, {0} when someone holds the lock
if not redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {0}
end
if #KEYS > 2 then
  local prior = redis.call('get', KEYS[3])
  if prior then
    return {1, prior, false}
  end
end
return {1, false, redis.call('get', KEYS[2])}
"""

WRITE_AND_UNLOCK = """
-- KEYS: lock, session[, seen]
-- ARGV: token, write session ('1'/'0'), session, session ttl (s), result, result ttl (s)
-- The writes happen even if the lock expired meanwhile (the turn's answer is already sent);
-- the lock is deleted only if it is still ours.
if ARGV[2] == '1' then
  redis.call('set', KEYS[2], ARGV[3], 'EX', ARGV[4])
end
if #KEYS > 2 then
  redis.call('set', KEYS[3], ARGV[5], 'EX', ARGV[6])
end
if redis.call('get', KEYS[1]) == ARGV[1] then
  redis.call('del', KEYS[1])
end
return 1
"""

UNLOCK = """
-- KEYS: lock   ARGV: token
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""
