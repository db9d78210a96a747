defmodule NoSuper do
  def f(x), do: super(x)
end
