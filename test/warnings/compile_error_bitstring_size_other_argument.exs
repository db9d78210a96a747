# a size may read a variable bound before the pattern or earlier in the same binary, not one
# another argument of the same head binds (Elixir expands it as undefined)
defmodule Packet do
  def take(<<n, first::binary-size(n), _::binary>>), do: first
  def take(len, <<chunk::binary-size(len), _::binary>>), do: chunk
end

IO.inspect(Packet.take(<<2, ?h, ?i, ?!>>))
IO.inspect(Packet.take(2, "hi!"))
