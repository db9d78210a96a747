defmodule M do
  def run do
    total = 10
    count = 2
    count * 3
  end
end
IO.puts(M.run())
