defmodule T do
  def f(x) do
    case x do
      1 -> import Enum, only: [nope: 1]
    end
  end
end
