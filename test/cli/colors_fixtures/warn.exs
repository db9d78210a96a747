defmodule W do
  def f(x), do: 1
end

IO.puts(IO.ANSI.enabled?())
