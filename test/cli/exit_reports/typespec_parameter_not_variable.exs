# a @type's parameters are variables: checked after its definition is translated
defmodule Params do
  @typep cell(1, b) :: {b, b}
  @spec get(cell(integer, atom)) :: atom
  def get({_, b}), do: b
end
IO.puts(:not_reached)
