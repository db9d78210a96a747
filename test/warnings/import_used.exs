defmodule M do
  import Enum, only: [map: 2]
  import List
  def f(l), do: map(l, &(&1 + 1)) |> first()
end
IO.inspect(M.f([1, 2]))
