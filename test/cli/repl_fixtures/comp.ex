defmodule Comp do
  defstruct [:a]
  @doc false
  def hidden(x), do: x
  @doc false
  def hidden_defaults(a, b \\ 1, c \\ 2), do: {a, b, c}
  def shown(x), do: x
  def shown_defaults(a, b \\ 1), do: {a, b}
  def _under(x), do: x
  def __dunder__(x), do: x
  @doc "m"
  defmacro mac(x), do: x
  defmacrop pmac(x), do: x
  def uses_pmac, do: pmac(1)
end
