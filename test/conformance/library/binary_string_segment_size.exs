# A literal string in a binary takes no size: Elixir rejects it at compile time.
defmodule Packet do
  def header, do: <<"HD"::size(16), 1>>
end
IO.inspect(Packet.header())
