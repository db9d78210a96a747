# fns Erlang's compiler deletes (`_ = fn`, applied on the spot, then/2's, apply/2 of a literal fn)
# are no lifted functions of the module: module_info(:functions) lists only the kept ones
defmodule Kept do
  def a, do: (_ = fn -> 1 end; 2)
  def b(x), do: x |> then(fn y -> y + 1 end)
  def c(x), do: apply(fn y -> y end, [x])
  def e(x), do: (fn y -> y * 3 end).(x)
  def f, do: fn -> :kept end

  def g(list) do
    _ = fn -> :dropped end
    Enum.map(list, fn x -> x + 1 end)
  end
end

IO.inspect({Kept.a(), Kept.b(1), Kept.c(2), Kept.e(3), Kept.f().(), Kept.g([1, 2])})
IO.inspect(Kept.module_info(:functions), limit: :infinity)
