# OTP's map BIFs raise {:badkey, key} (no map in the reason); Elixir's KeyError takes the map from
# the arguments of the call on top of the stack trace
m = %{b: 1}

calls = [
  {":erlang.map_get", fn -> :erlang.map_get(:a, m) end},
  {":maps.get", fn -> :maps.get(:a, m) end},
  {":maps.update", fn -> :maps.update(:a, 2, m) end},
  {"Map.fetch!", fn -> Map.fetch!(m, :a) end},
  {"Map.update!", fn -> Map.update!(m, :a, &(&1 + 1)) end},
  {"Map.get_and_update!", fn -> Map.get_and_update!(m, :a, &{&1, &1}) end},
  {"Map.replace!", fn -> Map.replace!(m, :a, 2) end},
  {"%{m | a: 1}", fn -> %{m | a: 1} end},
  {":erlang.error({:badkey, :a})", fn -> :erlang.error({:badkey, :a}) end},
  {":erlang.error({:badkey, :a}, args)", fn -> :erlang.error({:badkey, :a}, [:a, m]) end}
]

for {label, f} <- calls do
  raw =
    try do
      f.()
    catch
      :error, reason -> reason
    end

  rescued =
    try do
      f.()
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end

  IO.inspect({label, raw, rescued})
end

:erlang.map_get(:a, m)
