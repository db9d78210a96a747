defmodule Search do
  def find(list, value, opts \\ []), do: Enum.find(list, &(&1 == value)) || opts[:default]

  def find(list, value) do
    unused = length(list)
    Enum.member?(list, value)
  end
end
