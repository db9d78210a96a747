defmodule Opened do
  @moduledoc "For open/1."

  def f(x), do: x

  def f(x, y), do: {x, y}

  defp hidden(x), do: x

  defmacro m(x), do: x

  def uses_hidden(x), do: hidden(x)
end
