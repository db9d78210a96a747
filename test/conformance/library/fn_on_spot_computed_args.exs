# a fn applied on the spot (f.(x), then/2, apply/2) is deleted by Erlang's compiler only when its
# arguments are variables or literals (after folding: 1 + 2, length([1, 2]), %{a: 1}, 1..2,
# &Mod.f/1); an argument computed there (a call, a map or binary built) keeps the fun: it is a
# lifted function, takes an index in the fun table and raises from its own frame
defmodule OnSpot do
  def var(x), do: (fn r -> r end).(x)
  def matched(x), do: (fn r -> r end).(_y = x)
  def folded(_x), do: (fn r -> r end).(1 + 2)
  def folded_length(_x), do: (fn r -> r end).(length([1, 2]))
  def literal_map(_x), do: (fn r -> r end).(%{a: 1})
  def range(_x), do: (fn r -> r end).(1..2)
  def words(_x), do: (fn r -> r end).(~w(a b))
  def external(_x), do: (fn r -> r end).(&Enum.count/1)
  def tuple(x), do: (fn r -> r end).({x, [x | x]})
  def counted(x), do: (fn r -> r end).(Enum.count(x))
  def piped(x), do: x |> Enum.count() |> then(fn r -> r end)
  def piped_var(x), do: x |> then(fn r -> r end)
  def applied(x), do: apply(fn r -> r end, [Enum.count(x)])
  def map_of(x), do: (fn r -> r end).(%{a: x})
  def interpolated(x), do: (fn r -> r end).("a#{x}")
  def capturing(x, y), do: (fn r -> {r, y} end).(Enum.count(x))
  def later, do: fn -> :later end

  def crash_folded, do: (fn r -> r + :a end).(Enum.sum([1, 2]))
  def crash_literal(x), do: (fn r -> r - x end).(%{a: 1})
end

OnSpot.module_info(:functions)
|> Enum.filter(fn {name, _} -> String.starts_with?(Atom.to_string(name), "-") end)
|> IO.inspect(limit: :infinity)

IO.inspect(:erlang.fun_info(OnSpot.later(), :index))

top = fn -> :top end
IO.inspect(OnSpot.piped([1, 2]) |> then(fn n -> n * 10 end))
[1, 2] |> Enum.map(& &1) |> then(fn r -> length(r) end) |> IO.inspect()
then(IO.inspect(:side), fn r -> r end)
last = fn -> :last end
IO.inspect({:erlang.fun_info(top, :index), :erlang.fun_info(last, :index)})

for f <- [fn -> OnSpot.crash_folded() end, fn -> OnSpot.crash_literal(:b) end] do
  try do
    f.()
  rescue
    e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 2)})
  end
end
