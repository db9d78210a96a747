# FunctionClauseError: the arguments given, and the frames of the callers
defmodule M do
  def h(:a, n) when is_integer(n), do: n
  def h(:b, n), do: n * 2

  def caller(x), do: [h(x, 3)]
end

defmodule Main do
  def run, do: {:ok, M.caller(:c)}
end

Main.run()
