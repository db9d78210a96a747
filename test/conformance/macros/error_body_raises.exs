# module body code raising at compile time
IO.puts("before")

defmodule Bad do
  IO.puts("in body")
  x = Enum.fetch!([1], 5)
  def f, do: unquote(x)
end
