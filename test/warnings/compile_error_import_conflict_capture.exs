# A capture of the module's own function is the import's when one is in force (Kernel's
# elem/2 here): the module is refused at the local function's definition
defmodule Captures do
  def run, do: Enum.map([{1}], &elem(&1, 0)) ++ [(&elem/2).({2}, 0)]

  def elem(tuple, index), do: :erlang.element(index + 1, tuple)
end
