# a spec for an undefined function is found once the types are translated: the private types
# never used are reported before it, the Erlang compiler's warnings and an attribute never read
# are not
defmodule Late do
  @retries 3
  @typep state :: map
  @spec run(integer) :: integer
  def code(_), do: 1
  def code(1), do: 2
end
IO.puts(:not_reached)
