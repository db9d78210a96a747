# An endless loop: the page stays responsive; press Stop to halt the node.
defmodule Forever do
  def loop(n) do
    if rem(n, 5_000_000) == 0, do: IO.puts("still looping: #{n}")
    loop(n + 1)
  end
end

Forever.loop(0)
