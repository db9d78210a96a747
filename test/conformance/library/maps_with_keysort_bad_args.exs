# :maps.with/2 and :maps.without/2 given keys that are no list: their badarg names the argument
# (erl_stdlib_errors), a map that is none is the badmap; :lists.keysort/2 with a position that is
# no positive integer fails in its clause at lists.erl's line
for {l, f} <- [
      {"with(1, %{})", fn -> :maps.with(1, %{}) end},
      {"without(:a, %{})", fn -> :maps.without(:a, %{}) end},
      {"with(1, 1)", fn -> :maps.with(1, 1) end},
      {"keysort(0, [{1}])", fn -> :lists.keysort(0, [{1}]) end},
      {"keysort(:a, [])", fn -> :lists.keysort(:a, []) end},
      {"with ok", fn -> :maps.with([:a, :c], %{a: 1, b: 2}) end},
      {"without ok", fn -> :maps.without([:a, :c], %{a: 1, b: 2}) end}
    ] do
  try do
    IO.inspect(f.(), label: l)
  rescue
    e ->
      IO.puts("#{l}: " <> Exception.message(e))
      IO.inspect(hd(__STACKTRACE__))
  end
end
