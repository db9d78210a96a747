# Map patterns in a group of clauses, as v3_kernel matches them: keys some but not all clauses
# share are matched first, the rest after; then only clauses in a row with the same keys are one
# group, so a clause is shadowed only by one of its group (%_{} and %__MODULE__{} are maps too)
defmodule S do
  defstruct a: 1, b: nil
end
defmodule M do
  defstruct [:z]
  def f1(%S{a: x}), do: x
  def f1(%_{} = x), do: x
  def f1(%S{a: x}) when x > 1, do: x
  def f1(_), do: 0

  def f2(%{a: 1}), do: 1
  def f2(%{b: 2}), do: 2
  def f2(%{a: 1}), do: 3
  def f2(_), do: 0

  def f3(%{a: _}), do: 1
  def f3(%{a: 1, b: 2}), do: 2
  def f3(_), do: 0

  def f4(%{a: x, b: _}), do: x
  def f4(%{a: x, c: _}), do: x
  def f4(%{a: 1, b: 2}), do: 3
  def f4(_), do: 0

  def f5(%{}), do: 1
  def f5(%{a: 1}), do: 2
  def f5(_), do: 3

  def f6(%S{}), do: 1
  def f6(%S{a: 1}), do: 2
  def f6(_), do: 3

  def f7(%__MODULE__{}), do: 1
  def f7(%S{}), do: 2
  def f7(%__MODULE__{}), do: 3
  def f7(_), do: 3

  def f8(%{a: 1}), do: 1
  def f8(:x), do: 1
  def f8(%{a: 1}), do: 1
  def f8(_), do: 1

  def f9(%{a: _, b: _}), do: 1
  def f9(%{b: _, a: _}), do: 2
  def f9(_), do: 3

  def f10(x) do
    case x do
      %{a: 1} -> 1
      %{a: 1, b: 2} -> 2
      %{a: 1} -> 3
      _ -> 4
    end
  end
end
