# put_in/update_in/get_and_update_in on a path compile as Elixir expands them: Map.update!/3,
# Map.get_and_update!/3 and Access.get_and_update/3 nested in fns (their errors, frames, fun names)
defmodule P do
  defstruct a: %{b: 1}, list: []
  def hyg(m, x), do: put_in(m[:k].v, x)
  def hyg2(m, x), do: update_in(m.k.v, fn v -> v + x end)
  def gau(m), do: get_and_update_in(m[:a][:b], fn v -> {v, v * 2} end)
  def st(s), do: put_in(s.a.b, 5) |> update_in([Access.key(:list)], &[1 | &1])
  def nested_fn(m), do: Enum.map([1, 2], fn i -> update_in(m[:a], &(&1 + i)) end)
  def bad(m), do: update_in(m[:a].b, &(&1 + 1))
  def keyerr(m), do: put_in(m.zz, 1)
  def fn_in_value(m), do: put_in(m[:f], fn -> :ok end)
end
x = 10
m = %{k: %{v: 1}}
IO.inspect(P.hyg(m, x))
IO.inspect(P.hyg2(m, x))
IO.inspect(P.gau(%{a: %{b: 3}}))
IO.inspect(P.st(struct(P)))
IO.inspect(P.nested_fn(%{a: 1}))
IO.inspect(P.fn_in_value(%{})[:f].())
IO.inspect(put_in(m.k.v, x))
IO.inspect(update_in(m[:k][:v], &(&1 * x)))
r = get_and_update_in(m.k[:v], &{&1, :new})
IO.inspect(r)
for f <- [fn -> P.bad(%{a: 1}) end, fn -> P.keyerr(%{}) end, fn -> put_in(m.q, 1) end, fn -> update_in(m[:k].v, &(&1 + :a)) end] do
  try do
    f.()
  rescue
    e -> IO.inspect({e, __STACKTRACE__})
  end
end
update_in(m.k.v, &(&1 + :z))
