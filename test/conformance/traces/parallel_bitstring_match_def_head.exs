# Two bitstring patterns matched in parallel by a `=` in a def head are a CompileError at the
# right one, shown as Elixir's expander left it (`<>` as <<>>, specifiers in full)
defmodule ParallelHead do
  def m({:ok, "a" <> x} = {:ok, <<y::8, z::binary>>}), do: {x, y, z}
end
