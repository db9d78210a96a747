defmodule Redefine do
  alias Enum.Unused

  def f(x) do
    y = 1
    x
  end

  defp never, do: :ok
end

defmodule Redefine do
  def g(z), do: 2
end
