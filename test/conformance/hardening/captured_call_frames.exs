# A captured remote function called in place, (&M.f/1).(x) or apply(&M.f/1, [x]), is the call
# M.f(x) (OTP's compiler calls it directly): a BIF failing there, called last, keeps its caller's
# frame. A fun held in a variable is called as a fun: called last, the caller's frame is gone.
defmodule M do
  def a(x), do: apply(&:erlang.atom_to_list/1, [x])
  def b(x), do: (&:erlang.atom_to_list/1).(x)
  def d(f, x), do: f.(x)
  def e(f, x), do: apply(f, [x])
  def g(x), do: apply(&Atom.to_charlist/1, [x])
  def h(x), do: apply(&M.k/1, [x])
  def k(x), do: Atom.to_charlist(x)
  def n(x), do: apply(&String.upcase/1, [x])
end

show = fn label, f ->
  try do
    IO.inspect({label, f.()})
  rescue
    e ->
      frames = __STACKTRACE__ |> Enum.take(3) |> Enum.map(fn {m, f, a, loc} -> {m, f, a, loc[:line]} end)
      IO.inspect({label, e.__struct__, frames})
  end
end

show.(:a, fn -> M.a("a") end)
show.(:b, fn -> M.b("a") end)
show.(:d, fn -> M.d(&:erlang.atom_to_list/1, "a") end)
show.(:e, fn -> M.e(&:erlang.atom_to_list/1, "a") end)
show.(:g, fn -> M.g("a") end)
show.(:h, fn -> M.h("a") end)
show.(:n, fn -> M.n("a") end)
show.(:ok, fn -> {apply(&Enum.map/2, [[1, 2], &(&1 * 2)]), (&:lists.reverse/1).([1, 2])} end)
