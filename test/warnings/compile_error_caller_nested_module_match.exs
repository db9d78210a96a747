defmodule Outer do
  def f, do: 1
  defmodule Inner do
    x = __CALLER__
  end
end
