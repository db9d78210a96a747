defmodule Mac do
  defmacro tick(label) do
    IO.puts("tick #{inspect(label)}")
    label
  end
  defmacro twice(expr) do
    IO.puts("twice")
    quote do: {unquote(expr), unquote(expr)}
  end
end
defmodule B do
  require Mac
  import Mac
  x = 1 |> tick()
  y = "a#{tick(:interp)}b"
  case tick(:c) do
    :c when is_atom(:c) -> tick(:clause)
  end
  with {:ok, v} <- tick({:ok, 3}), do: tick(v)
  for a <- tick([1]), into: %{}, do: {a, tick(:for)}
  cond do
    tick(false) -> 1
    true -> tick(:cond)
  end
  w = twice(tick(:nested))
  %{k: tick(:map)}
  [tick(:list) | [tick(:tail)]]
  {tick(:t1), tick(:t2), tick(:t3)}
  receive do
    _ -> tick(:recv)
  after
    0 -> tick(:after)
  end
  IO.inspect({x, y, w})
  if true do
    import Mac, only: [tick: 1]
    tick(:in_if)
  end
  tick(:after_if)
end
