defmodule Worker do
  def process([]), do: :done
  def process([h | t]) do
    IO.puts("processing #{h}")
    if h == 3, do: raise(ArgumentError, "cannot process #{h}")
    process(t)
  end
end

IO.puts("start")
Worker.process([1, 2, 3, 4])
IO.puts("never printed")
