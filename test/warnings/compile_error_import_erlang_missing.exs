defmodule T do
  def f(y) do
    case y do
      2 -> import :nope_mod
    end
  end
end
