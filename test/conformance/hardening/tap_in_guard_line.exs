# tap/2 in a guard: the compile error names the line of the tap call
IO.puts("compiling")

defmodule TapInGuard do
  def f(x) when is_integer(x) and
                  tap(x, &is_integer/1) == 1,
      do: x
end
