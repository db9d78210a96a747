defmodule A do
  def f(%Nope{}), do: 1
end
IO.puts "ok"
