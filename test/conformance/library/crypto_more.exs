# :crypto beyond hash/2: hash_equals, exor, mod_pow, bytes_to_integer, pbkdf2_hmac, hash_info, version,
# streaming and truncated HMAC (mac_init/update/final/finalN, macN), rand_uniform, start/0, and the
# {:badarg, {file, line}, why} errors OTP 25 raises for bad digests, texts and counts.
IO.inspect :crypto.hash_equals("abc", "abc")
IO.inspect :crypto.hash_equals("abc", "abd")
IO.inspect :crypto.exor("abc", [1, 2, 3])
IO.inspect :crypto.mod_pow(4, 13, 497)
IO.inspect :crypto.mod_pow(<<4>>, <<13>>, <<1, 241>>)

IO.inspect :crypto.mod_pow(2, 0, 1)
IO.inspect :crypto.bytes_to_integer(<<1, 0>>)
IO.inspect :crypto.pbkdf2_hmac(:sha256, "password", "salt", 1000, 32) |> Base.encode16()
IO.inspect :crypto.pbkdf2_hmac(:sha, "password", "salt", 2, 40) |> Base.encode16()
IO.inspect for t <- [:sha, :sha256, :md5, :sha512, :sha3_256, :blake2b], do: :crypto.hash_info(t)
IO.inspect :crypto.version()
s = :crypto.mac_init(:hmac, :sha256, "key")
s = :crypto.mac_update(s, "da")
s = :crypto.mac_update(s, "ta")
IO.inspect :crypto.mac_final(s) |> Base.encode16()
IO.inspect :crypto.mac_finalN(:crypto.mac_update(:crypto.mac_init(:hmac, :sha, "k"), "d"), 4)
IO.inspect :crypto.macN(:hmac, :sha256, "key", "data", 8)
IO.inspect :crypto.mac(:hmac, :sha256, "key", ["da", ?t, "a"]) |> Base.encode16()
for f <- [fn -> :crypto.hash_equals("a", "ab") end, fn -> :crypto.hash_equals(1, "a") end, fn -> :crypto.exor("ab", "a") end,
  fn -> :crypto.hash_info(:nope) end, fn -> :crypto.pbkdf2_hmac(:nope, "p", "s", 1, 1) end, fn -> :crypto.mac(:hmac, :nope, "k", "d") end,
fn -> :crypto.rand_uniform(1, 2) end, fn -> :crypto.rand_uniform(5, 5) end] do
  try do
    IO.inspect f.()
  rescue
    e -> IO.inspect(e)
  end
end
for f <- [fn -> :crypto.hash(:nope, "x") end, fn -> :crypto.hash(:sha, :x) end, fn -> :crypto.mac(:foo, :sha, "k", "d") end, fn -> :crypto.mac(:hmac, :sha, 1, "d") end,
  fn -> :crypto.mac(:hmac, :sha, "k", :d) end, fn -> :crypto.hash_init(:nope) end, fn -> :crypto.mac_init(:hmac, :nope, "k") end,
  fn -> :crypto.pbkdf2_hmac(:sha, "p", "s", 0, 1) end, fn -> :crypto.pbkdf2_hmac(:sha, :p, "s", 1, 1) end, fn -> :crypto.strong_rand_bytes(-1) end,
  fn -> :crypto.macN(:hmac, :sha, "k", "d", 100) end, fn -> :crypto.mac_finalN(:crypto.mac_init(:hmac, :sha, "k"), 0) end] do
  try do
    IO.inspect f.()
  rescue
    e -> IO.inspect(e)
  end
end
IO.inspect :crypto.start()
IO.inspect :crypto.start()
IO.inspect Enum.all?(1..200, fn _ -> :crypto.rand_uniform(10, 20) in 10..19 end)
IO.inspect :crypto.hash_info(:md4)
