# a segment size that reads a variable never bound: Elixir's bitstring expander raises, its frames
# under the error
defmodule Packet do
  def decode(data) do
    <<kind::8, body::binary-size(len)>> = data
    {kind, body}
  end
end

IO.inspect(Packet.decode(<<1, 2, 3>>))
