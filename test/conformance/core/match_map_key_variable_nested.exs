# a variable inside a map key (a tuple, a list, a <> pattern) in a def's pattern: Elixir names the first one
defmodule M do
  def f(%{{:a, [1, "b"]} => 2, %{k: 1} => 3}), do: :ok
  def g(%{{:a, [1, b], c} => 2}), do: {b, c}
end
