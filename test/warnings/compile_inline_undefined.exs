# @compile {:inline, ...} naming no definition: a CompileError at the defmodule's line once the
# module is expanded, after the unused functions and the behaviour checks (not the unused types,
# the Erlang compiler's or the attributes'), with a lists:flatmap_1 frame per walk of the options
defmodule B do
  @callback x() :: any
end

defmodule A do
  @behaviour B
  @compile {:inline, m: 1, f: 1}
  @compile [[[[[:a, [[[:b, [:c, :d, [:e, {:inline, q: 0}]]]]]]]]]]
  @unread 1
  @typep t :: integer
  x = 1
  defmacro m(x), do: x
  defp unused(y), do: 1
  @impl true
  def f(x) when is_integer(x) and is_atom(x) do
    z = 1
    x
  end
  def f(_), do: 1
  def f(2), do: 3
end
