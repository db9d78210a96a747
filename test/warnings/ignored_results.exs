# pure operations whose result a block drops, as the Erlang compiler reports them
defmodule Ignored do
  import Bitwise
  def ops(x) do
    x + 1
    -x
    x * 2
    div(x, 2)
    rem(x, 2)
    not x
    x ++ [1]
    x -- [1]
    band(x, 1)
    x <<< 1
    x
  end
  def comparisons(x) do
    x == 1
    x != 1
    x === 1
    x !== 1
    x < 1
    x >= 1
    is_nil(x)
    x
  end
  def bifs(x) do
    is_atom(x)
    is_list(x)
    self()
    max(x, 1)
    elem(x, 0)
    length(x)
    hd(x)
    tuple_size(x)
    byte_size(x)
    abs(x)
    round(x)
    is_map_key(x, 1)
    :erlang.element(1, x)
    &IO.puts/1
    fn -> x end
    &(&1 + x)
    String.length(x)
    x
  end
end
y = 2
y * 3
IO.puts(:ok)
