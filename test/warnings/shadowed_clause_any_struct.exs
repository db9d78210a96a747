defmodule S do
  def f3(%_{} = x), do: x
  def f3(%_{} = x) when x in 1..10//3, do: x
  def f4(%_{} = x), do: x
  def f4(%_{} = x) when is_integer(x), do: x
  def f5(%{} = x), do: x
  def f5(%{} = x) when is_integer(x), do: x
  def f6(%{a: _} = x), do: x
  def f6(%{a: _} = x) when x > 1, do: x
  def f7({_} = x), do: x
  def f7({_} = x) when is_integer(x), do: x
end
defmodule T do
  def a(x) do
    case x do
      %_{} -> 1
      %_{} -> 2
      %m{} -> m
      _ -> 3
    end
  end
  def b(%m{}), do: m
  def b(%_{}), do: 2
  def b(_), do: 3
  def c(%URI{}), do: 1
  def c(%URI{}), do: 2
  def c(_), do: 3
end
defmodule OwnStruct do
  defstruct [:a]
  def f(%__MODULE__{}), do: 1
  def f(%__MODULE__{}), do: 2
  def f(_), do: 3
end
IO.inspect {S.f3(%URI{}), T.a(%URI{}), T.b(%URI{}), T.c(1), OwnStruct.f(1)}
