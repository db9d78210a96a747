defmodule A do
  @first 1
  def h(_), do: :b
  def h(2), do: :c
  defp z(a), do: a
  defp y(a), do: a
  def k(q), do: 1
  @second 2
  def m(x) do
    case x do
      other -> 1
    end
    x = 3
  end
end
defmodule B do
  alias Enum, as: E
  alias Map
  import String, only: [upcase: 1]
  import List
  def f, do: upcase("a")
end
