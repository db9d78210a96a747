# :crypto fails as OTP 25's crypto.erl does: a NIF's {:badarg, {'file.c', line}, 'why'} under the
# Erlang function's frame (its arguments, its line, error_info naming the wrong argument, which
# crypto:format_error/2 turns into "* nth argument: why"), data made a binary first through
# :erlang.iolist_to_binary/1 (or cut with binary_part/3) under the function's frame by arity, and
# the NIFs that fail with a plain badarg (strong_rand_bytes_nif, do_exor, hash_info)
cases = [
  {"hash digest", fn -> :crypto.hash(:foo, "a") end},
  {"hash data", fn -> :crypto.hash(:sha, 1) end},
  {"hash_init", fn -> :crypto.hash_init(:foo) end},
  {"hash_update state", fn -> :crypto.hash_update(1, "a") end},
  {"hash_update data", fn -> :crypto.hash_update(:crypto.hash_init(:sha), 1) end},
  {"hash_final", fn -> :crypto.hash_final(1) end},
  {"mac/4 kind", fn -> :crypto.mac(:foo, :sha, "k", "a") end},
  {"mac/4 digest", fn -> :crypto.mac(:hmac, :foo, "k", "a") end},
  {"mac/4 key", fn -> :crypto.mac(:hmac, :sha, 1, "a") end},
  {"mac/4 text", fn -> :crypto.mac(:hmac, :sha, "k", 1) end},
  {"macN/5 n", fn -> :crypto.macN(:hmac, :sha, "k", "a", 100) end},
  {"macN/5 digest", fn -> :crypto.macN(:hmac, :foo, "k", "a", 1) end},
  {"mac_init/3 kind", fn -> :crypto.mac_init(:foo, :sha, "k") end},
  {"mac_init/3 digest", fn -> :crypto.mac_init(:hmac, :foo, "k") end},
  {"mac_init/3 key", fn -> :crypto.mac_init(:hmac, :sha, 1) end},
  {"mac_update", fn -> :crypto.mac_update(1, "a") end},
  {"mac_final", fn -> :crypto.mac_final(1) end},
  {"mac_finalN", fn -> :crypto.mac_finalN(1, 2) end},
  {"pbkdf2 digest", fn -> :crypto.pbkdf2_hmac(:foo, "a", "b", 1, 1) end},
  {"pbkdf2 pass", fn -> :crypto.pbkdf2_hmac(:sha, 1, "b", 1, 1) end},
  {"pbkdf2 iter", fn -> :crypto.pbkdf2_hmac(:sha, "a", "b", 0, 1) end},
  {"strong_rand_bytes", fn -> :crypto.strong_rand_bytes(-1) end},
  {"strong_rand_bytes a", fn -> :crypto.strong_rand_bytes(:a) end},
  {"hash_info", fn -> :crypto.hash_info(:foo) end},
  {"exor", fn -> :crypto.exor("a", "bc") end},
  {"exor 1", fn -> :crypto.exor(1, "bc") end}
]
for {label, f} <- cases do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end

# uncaught, the message shows which argument was wrong
:crypto.hash(:foo, "a")
