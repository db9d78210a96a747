# "type t/0 is unused" for a @typep no typespec of the module names (a use by another private
# type counts, even an unused one), after the unused functions
defmodule UnusedTypes do
  @typep hidden :: atom
  @typep used :: integer
  @typep b(x) :: {x}
  @type pub :: used
  @typep z :: list(b(integer))
  @typep in_spec :: binary
  @typep in_callback :: float
  @typep tree :: {tree, tree} | nil
  @spec f(in_spec) :: :ok
  def f(_), do: :ok
  @callback cb(in_callback) :: any
  defp p, do: 1
  @typep hidden2 :: hidden
  @typep pair(a, b) :: {a, b}
end
IO.puts(:ok)
