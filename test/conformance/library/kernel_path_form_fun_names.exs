# the OTP names of fns made by put_in/update_in paths and of fns around them
defmodule M do
  def a(m, k, v) do
    m = put_in(m[k].value, v)
    f = fn x -> fn y -> {x, y} end end
    g = fn -> :g end
    [m, f, g, update_in(m[k].value, &(&1))]
  end
  def b(m, k), do: update_in(m[k], &Map.put(&1, :z, 1))
  def c(m), do: put_in(m.a.b, 1)
end
[m, f, g, u] = M.a(%{k: %{value: 1}}, :k, 2)
IO.inspect(Function.info(f)[:name])
IO.inspect(Function.info(f.(1))[:name])
IO.inspect(Function.info(g)[:name])
IO.inspect({m, u})
for {n, a} <- M.__info__(:functions), do: IO.inspect({n, a})
IO.inspect(:erlang.fun_info(&M.a/3)[:module])
try do
  M.b(%{k: 1}, :k)
rescue
  e -> IO.inspect(__STACKTRACE__ |> Enum.map(&elem(&1, 1)))
end
