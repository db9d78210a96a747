defmodule M do
  alias Enum, as: E
  alias String.Chars
  alias Map
  alias Keyword, as: KW
  def f, do: KW.keys(a: 1)
end
IO.inspect(M.f())
