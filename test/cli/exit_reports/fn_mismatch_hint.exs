defmodule A do
  def f do
    foo(fn x ->
    fn y ->
      y
    end)
  end
end
