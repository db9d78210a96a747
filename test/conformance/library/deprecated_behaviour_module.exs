# Elixir 1.14's deprecated Behaviour macros: defcallback/defmacrocallback warn as they expand and
# become @callback/@macrocallback (a default return type, `when` guards; the checker then knows
# the behaviour's callbacks); default arguments and bad specs raise ArgumentError.
# (`use Behaviour`, which warns as the module body runs: behaviour_use.exs)
defmodule Parser do
  import Behaviour
  @doc "parses"
  defcallback parse(input :: binary) :: {:ok, term} | :error
  defcallback reset()
  defcallback pick(x) :: x when x: atom
  defmacrocallback build(ast :: Macro.t()) :: Macro.t()
end

IO.inspect(Parser.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Parser.behaviour_info(:optional_callbacks))
IO.inspect(Parser.__info__(:functions))

defmodule JsonParser do
  @behaviour Parser
  def parse("{}"), do: {:ok, %{}}
  def parse(_), do: :error
  def reset, do: :ok
end

IO.inspect({JsonParser.parse("{}"), JsonParser.parse("x"), JsonParser.reset()})

for source <- [
      "defmodule BadDefault do\n import Behaviour\n defcallback foo(a \\\\ 1)\nend",
      "defmodule BadTypedDefault do\n import Behaviour\n defcallback foo(a \\\\ 1 :: integer)\nend",
      "defmodule BadSpec do\n import Behaviour\n defcallback 1\nend",
      "defmodule BadMacroSpec do\n import Behaviour\n defmacrocallback \"x\" :: term\nend"
    ] do
  try do
    Code.eval_string(source)
  rescue
    e -> IO.inspect(e)
  end
end
