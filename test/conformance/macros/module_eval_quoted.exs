defmodule N do
  x = 5
  r = Module.eval_quoted(__MODULE__, quote(do: def(g, do: 7)))
  IO.inspect r, label: "ret"
  v = Module.eval_quoted(__MODULE__, quote(do: var!(a) + 1), [a: x])
  IO.inspect v, label: "val"
  Module.eval_quoted(__ENV__, quote(do: @attr 42))
  def attr, do: @attr
  for {n, val} <- [one: 1, two: 2] do
    Module.eval_quoted(__MODULE__, quote(do: def(unquote(n)(), do: unquote(val))))
  end
end
IO.inspect {N.g, N.attr, N.one, N.two}
try do
  Module.eval_quoted(String, quote(do: 1))
rescue e -> IO.inspect e
end
defmodule M4 do
  Module.eval_quoted(__MODULE__, quote(do: def(h(x), do: x * 2)), [], file: "other.ex", line: 10)
  IO.inspect Module.eval_quoted(__MODULE__, quote(do: __MODULE__))
  IO.inspect Module.definitions_in(__MODULE__)
end
IO.inspect M4.h(21)
