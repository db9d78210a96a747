# A macro whose last call (a tail call) raises in a function of its module: the trace keeps that
# function's frame above 'expanding macro' (beamlet dropped every frame above it)
defmodule Mac do
  defmacro boom(x) do
    helper(x)
  end

  def helper(_x), do: raise(ArgumentError, "boom")
end

defmodule User do
  require Mac
  def f, do: Mac.boom(1)
end
