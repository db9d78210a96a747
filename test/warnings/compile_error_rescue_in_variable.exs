# `e in [mod]` and `e in mod` where mod is a variable: Elixir wants aliases (atoms) right of `in`
defmodule M do
  def f(mod) do
    try do
      raise "boom"
    rescue
      e in [mod] -> e
    end
  end
end
IO.inspect(M.f(RuntimeError))
