# module bodies run at compile time, in order with the script's own output
IO.puts("script start")

defmodule Loud do
  IO.puts("compiling Loud")
  x = 1 + 1
  IO.puts("x is #{x}")
  @value x * 10
  def value, do: @value
  if x == 2 do
    def branch, do: :two
  else
    def branch, do: :other
  end
end

IO.puts("after Loud")
IO.inspect(Loud.value())
IO.inspect(Loud.branch())

defmodule Quiet do
  def hello, do: :hello
end

IO.inspect(Quiet.hello())
