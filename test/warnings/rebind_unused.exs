defmodule M do
  def run(list) do
    list = Enum.map(list, &(&1 * 2))
    list = Enum.sum([1])
    :done
  end
end
IO.inspect(M.run([1, 2]))
