# a typespec error stops the module after Elixir's own warnings (an unused function, a missing
# callback) but before the Erlang compiler's (a clause that cannot match), an attribute never
# read and the private types never used
defmodule Worker do
  @behaviour GenServer
  @retries 3
  @typep state :: map
  @type reply :: {:ok, result}
  def handle(x) do
    case 1 do
      2 -> x
      _ -> x
    end
  end
  def code(_), do: 1
  def code(1), do: 2
  defp helper, do: 1
end
IO.puts(:not_reached)
