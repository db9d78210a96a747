defmodule A do
  def f(x) do
    fn -> "s".foo end
  end
end
