# Macro.to_string of do/end blocks, case, fn with clauses, defs
IO.puts(Macro.to_string(quote(do: (if a do b else c end))))
IO.puts(Macro.to_string(quote(do: (case x do
  1 -> :one
  _ -> :other
end))))
IO.puts(Macro.to_string(quote(do: (def f(x), do: x + 1))))
IO.puts(Macro.to_string(quote(do: (defmodule A do
  def f, do: 1
end))))
IO.puts(Macro.to_string(quote(do: (fn x, y ->
  z = x + y
  z * 2
end))))
IO.puts(Macro.to_string(quote(do: (fn
  1 -> :a
  _ -> :b
end))))
IO.puts(Macro.to_string(quote(do: (for x <- xs, do: x * 2))))
IO.puts(Macro.to_string(quote(do: (with {:ok, x} <- y, do: x))))
IO.puts(Macro.to_string(quote(do: (cond do
  a -> b
  true -> c
end))))
IO.puts(Macro.to_string(quote(do: (try do
  x
rescue
  e -> e
end))))
IO.puts(Macro.to_string(quote(do: (def f(x) do x + 1 end; def g, do: 2))))
IO.puts(Macro.to_string({:foo, [], [{:x, [], nil}, [do: 1]]}))
