# then/2 in a guard: the compile error names the line of the then call
IO.puts("compiling")

defmodule ThenInGuard do
  def f(x)
      when then(x, &(&1 > 1)),
      do: x
end
