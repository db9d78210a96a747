# pop_in/1 on a path compiles as Elixir 1.14 expands it: Map.get_and_update!/3 for .field steps,
# Access.get_and_update/3 for [key] steps, the last [key] popped by Access.pop/2 unless nil;
# errors are raised where Elixir raises them (Map/Access frames, the fns named as OTP names them)
defmodule P do
  def pop(d), do: pop_in(d.a[:b])
  def pop2(d), do: pop_in(d[:a][:b])
  def later(d), do: fn -> :ok end
  def pop3(d), do: (f = fn -> 1 end; {f, pop_in(d[:a].c[:b])})
end
IO.inspect(P.pop(%{a: %{b: 1}}))
IO.inspect(P.pop2(%{a: nil}))
IO.inspect(P.pop2(%{}))
try do P.pop(%{}) rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
try do P.pop(%{a: 3}) rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
try do P.pop3(%{a: %{c: 3}}) rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
try do P.pop3(%{a: 4}) rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
data = %{a: %{b: 1, c: 2}}
IO.inspect(pop_in(data, [:a, :b]))
IO.inspect(pop_in(data[:a][:b]))
IO.inspect(pop_in(data, [:x, :b]))
IO.inspect(pop_in(data[:x][:b]))
g = fn -> pop_in(%{a: 1}, [:a, :b]) end
try do g.() rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
k = fn -> pop_in(%{a: 1}[:a][:b]) end
try do k.() rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
m = fn -> pop_in(%{a: 1}.a[:b]) end
try do m.() rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
o = fn -> pop_in(%{}, []) end
try do o.() rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__) end
