# the undefined variable nested in a call in the size: the expander's frames for that call take
# some of the 8 the BEAM keeps
defmodule Packet do
  def decode(data) do
    <<count::8, items::binary-size(count * width)>> = data
    {count, items}
  end
end
