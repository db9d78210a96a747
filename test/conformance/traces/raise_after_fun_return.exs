# A fun from another module returns, then the caller raises: the caller heads the trace
defmodule Funs do
  def adder(n), do: fn x -> x + n end
end

defmodule User do
  def use_it(v) do
    f = Funs.adder(1)
    y = f.(v)
    if y > 40, do: raise(RuntimeError, "too big: #{y}")
    y
  end

  def run, do: [use_it(41)]
end

User.run()
