defmodule Transform do
  def apply(value, fun) do
    value |> fun
  end
end

IO.inspect(Transform.apply(1, &(&1 + 1)))
