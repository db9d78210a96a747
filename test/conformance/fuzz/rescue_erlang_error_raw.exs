# rescue e in ErlangError names every raw Erlang error (:badarith, :undef, :function_clause,
# {:badmatch, x}, a map that is no exception ...), bound to what it normalizes to, as Elixir's rescue
# guard does; an exception struct raised as such matches only its own module (found by
# scripts/fuzz-diff-try.mjs seed 9601)
defmodule M do
  def f(1), do: 1
  def id(x), do: x
  def t(fun) do
    try do
      fun.()
    rescue
      e in ErlangError -> {:erlang_error, e.__struct__}
      e -> {:other, e.__struct__}
    end
  end
end
for f <- [fn -> M.f(2) end, fn -> M.nope() end, fn -> 1 / M.id(0) end, fn -> [] = M.id([1]) end, fn -> :erlang.error(:custom) end,
          fn -> raise "x" end, fn -> raise ArgumentError end, fn -> :erlang.error(%{a: 1}) end,
          fn -> :erlang.error(%ArgumentError{message: "m"}) end, fn -> Map.fetch!(%{}, :a) end, fn -> M.id(%{}).k end, fn -> elem(M.id({}), 1) end,
          fn -> raise ErlangError, original: :x end, fn -> :erlang.error({:badkey, :k}) end, fn -> :erlang.error(:undef) end] do
  IO.inspect(M.t(f))
end
