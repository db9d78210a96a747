# a try with neither rescue, catch nor after is a CompileError (found by scripts/fuzz-diff-try.mjs seed 1)
IO.puts("never printed")

defmodule M do
  def f(x) do
    try do
      x
    end
  end
end
