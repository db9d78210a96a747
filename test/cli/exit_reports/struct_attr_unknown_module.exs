defmodule A do
  @x %Nope{a: 1}
  def f, do: 1
end
IO.puts "ok"
