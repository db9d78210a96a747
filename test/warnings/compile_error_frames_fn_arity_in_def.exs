# a compile error in a function's body: Elixir's trace shows the module body's frame at the def
defmodule Shapes do
  def area({:square, s}), do: s * s

  def classify(v) do
    check = fn
      0 -> :zero
      n, m -> {n, m}
    end
    check.(v)
  end
end
