# A capture whose body is a division by a literal (`&(&1 / 3)`) is a fn of one argument, not a
# named capture `&name/3`; fns bound to a variable or applied on the spot are inlined as Erlang's
# compiler does (module_info(:functions), fn indexes, stack frames).
defmodule Caps do
  def id(x), do: x
  def bound(x) do
    f = &(&1 / 3)
    f.(x)
  end
  def on_spot(x), do: (&(&1 / 4)).(x)
  def on_spot_computed(x), do: (&(&1 / 4)).(id(x))
  def bound_twice(x) do
    f = &(&1 * 2)
    f.(x) + f.(1)
  end
  def bound_computed(x) do
    f = &(&1 * 3)
    {f.(id(x)), 1}
  end
  def fails_bound(x) do
    f = &(&1 / 0)
    f.(x)
  end
  def fails_on_spot(x), do: (&(&1 / 0.0)).(x)
  def named(x), do: (&id/1).(x)
  def fails_bound_call(x) do
    f = &(&1 * id(:a))
    f.(x)
  end
  def division_of_call(l), do: Enum.map(l, &(length(&1) / 2))
end

IO.inspect(Caps.bound(3.0))
IO.inspect(Caps.on_spot(8))
IO.inspect(Caps.on_spot_computed(2))
IO.inspect(Caps.bound_twice(5))
IO.inspect(Caps.bound_computed(2))
IO.inspect(Caps.named(:n))
IO.inspect(Caps.division_of_call([[1, 2], [3]]))
IO.inspect(Caps.module_info(:functions) |> Enum.sort())
for f <- [:fails_bound, :fails_on_spot, :fails_bound_call] do
  try do
    apply(Caps, f, [1])
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
end
g = &(&1 / 5)
IO.inspect(g.(10))
IO.inspect((&(&1 / 2)).(Caps.id(1)))
