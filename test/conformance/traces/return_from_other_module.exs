# An error raised after a call into another module returned names the caller, not the callee
defmodule B do
  def f(x), do: {:error, x + 1}
end

defmodule A do
  def g(x) do
    r = B.f(x)
    {:ok, z} = r
    z
  end

  def run, do: [g(1)]
end

A.run()
