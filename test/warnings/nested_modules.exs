defmodule Outer do
  defmodule Inner do
    def f(x), do: 1
  end
  def g, do: Inner.f(1)
  def h(y), do: :h
end
IO.inspect(Outer.g())
