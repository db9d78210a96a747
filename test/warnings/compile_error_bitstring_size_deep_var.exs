# nested three calls deep: none of the bitstring expander's frames is left
defmodule Packet do
  def decode(data) do
    <<items::binary-size(((count + 1) * 2) + 1)>> = data
    items
  end
end
