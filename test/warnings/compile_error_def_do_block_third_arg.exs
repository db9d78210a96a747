# `def name, do: case x do ... end`: the do-block is def's third argument, and Kernel has no def/3
# (the private function before it is not reported unused: the module stops there)
defmodule Reports do
  defp helper, do: :ok

  def classify(x), do: case x do
    1 -> :one
    _ -> :other
  end
end
