defmodule T do
  def f(y) do
    case y do
      2 -> alias Foo, bar: 1
    end
  end
end
