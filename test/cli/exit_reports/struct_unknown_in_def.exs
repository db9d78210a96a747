defmodule A do
  def f, do: %Nope{a: 1}
end
IO.puts "ok"
