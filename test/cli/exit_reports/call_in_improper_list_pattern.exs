# a call in a list pattern ending in `| tail`: expand_list/5's other clause (two frames)
defmodule A do
  def f(x) do
    [1 | String.length("a")] = x
  end
end
