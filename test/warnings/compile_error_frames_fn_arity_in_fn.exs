# the same error inside a fn given to Enum.map: elixir_fn's frames fill the BEAM's 8
defmodule Shapes do
  def classify(list) do
    Enum.map(list, fn v ->
      x = fn 0 -> :zero; n, m -> {n, m} end
      x.(v)
    end)
  end
end
