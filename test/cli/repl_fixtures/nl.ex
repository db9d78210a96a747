defmodule NlMod do
  def f, do: 1
end
