defmodule S do
  defstruct [:a]
end
defmodule A do
  @x %S{bad: 1}
  def f, do: @x
end
IO.puts "ok"
