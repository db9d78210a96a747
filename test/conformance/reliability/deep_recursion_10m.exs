# Non-tail recursion 10,000,000 deep over a list of 10,000,000 elements (each frame holds its
# tail) runs as on Elixir: the node's memory guard counts the list once, not once a frame
defmodule Rec do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
end
list = Enum.to_list(1..10_000_000)
IO.inspect(Rec.sum(list))
IO.inspect(length(list))
