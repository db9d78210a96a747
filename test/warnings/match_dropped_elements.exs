# A match on a tuple or list written out whose value is dropped is split into one binding per
# element (sys_core_fold): an element bound to a variable nothing reads is computed for nothing
# ('is ignored'), unless the match tests something (a pin, a repeated variable, a literal against
# another value) or the element folds to a constant. A tuple, list or map built for nothing drops
# each part.
defmodule DroppedElements do
  def a(x) do
    {:ok, state} = {:ok, elem(x, 0)}
    :ok
  end
  def b(x) do
    {:ok, {s, t}} = {:ok, {x + 1, hd(x)}}
    [u, v] = [x - 1, tl(x)]
    {_, w} = {x * 2, hd(x)}
    w
  end
  def c(x, y) do
    {1, s} = {y, x + 1}
    {t, t} = {x + 1, x + 1}
    {r, ^x} = {x + 1, x}
    %{a: m} = %{a: x + 1}
    :ok
  end
  def d(x) do
    {:ok, s} = y = {:ok, x + 1}
    if x do
      {:ok, s} = {:ok, x + 2}
    end
    {s, [t | u]} = {x + 1, [hd(x) | tl(x)]}
    {:ok, s} = {:ok, hd([1])}
    :ok
  end
  def e(x) do
    {:ok, s} = {:ok, x + 1}
  end
  def f(x) do
    {x + 1}
    [x - 1 | tl(x)]
    %{a: x * 2}
    {hd([2]) + 1}
    {a, b} = {x, :erlang.element(1, x)}
    :ok
  end
end
{:ok, s} = {:ok, hd(System.argv())}
{:ok, s} = {:ok, hd([3])}
IO.puts(:ok)
