defmodule A do
  def f, do: %B{a: 1}
end
defmodule B do
  defstruct [:a]
end
IO.puts "ok"
