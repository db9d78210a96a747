# Each @compile {:parse_transform, M} is deprecated: Elixir warns at the defmodule's line, after
# the unused-function and behaviour warnings and before the typespecs' (string()) and the unused
# private types; then OTP's compiler refuses the first transform whose module does not export
# parse_transform/2, a CompileError with no file or line, and the Erlang compiler's warnings and
# the unused attributes' are never printed
IO.puts("before")

defmodule ParseTransformUndefined do
  @behaviour GenServer
  @x 1
  @typep p :: string()
  def f(x) do
    y = 1
    x
  end

  @compile {:parse_transform, Foo}
  @compile [:debug_info, parse_transform: :lists]
  defp unused, do: 1
  def g(1), do: 1
  def g(1), do: 2
  def init(x), do: {:ok, x}
end

IO.puts("after")
