defmodule M do
  def run(list) do
    Enum.map(list, fn x -> 1 end)
    Enum.reduce(list, 0, fn x, acc -> acc end)
  end
end
IO.inspect(M.run([1, 2]))
