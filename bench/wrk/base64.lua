-- Base64 for the etcd scripts: etcd's JSON gateway takes keys and values base64-encoded, and
-- wrk's LuaJIT has no encoder of its own.
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

function base64(text)
  local out = {}
  for i = 1, #text, 3 do
    local a, b, c = string.byte(text, i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = math.min(#text - i + 1, 3) + 1 -- the rest of the group is "=" padding
    for j = 1, 4 do
      local sextet = math.floor(n / 2 ^ (6 * (4 - j))) % 64
      out[#out + 1] = j <= chars and string.sub(alphabet, sextet + 1, sextet + 1) or "="
    end
  end
  return table.concat(out)
end
