# a module body's failure, the defmodule not the script's last expression: the script's frame
IO.puts("start")

defmodule X do
  def d(x), do: if(x > 0, do: raise(ArgumentError, "bad #{x}"), else: x)
end

defmodule Y do
  X.d(1)
end

IO.puts("end")
