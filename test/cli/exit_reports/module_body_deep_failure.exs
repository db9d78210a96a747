# a module body's failure four frames deep: the script's frame is past the BEAM's 8 frames
IO.puts("start")

defmodule X do
  def b(x), do: 1 + c(x)
  def c(x), do: 1 + d(x)
  def d(x), do: if(x > 0, do: raise(ArgumentError, "bad #{x}"), else: x)
end

defmodule Y do
  X.b(1)
end

IO.puts("end")
