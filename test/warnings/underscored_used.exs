defmodule M do
  def f(_a, _), do: _a + 1
  def g do
    _tmp = 3
    _tmp * 2
  end
end
IO.inspect({M.f(1, 2), M.g()})
