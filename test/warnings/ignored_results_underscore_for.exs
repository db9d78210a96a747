# `_ = for ...` whose value is itself dropped: Elixir compiles the comprehension as one whose value
# is dropped, so its body's pure operations are warned of (uniq: true as a dropped element/2);
# not when the match is a function's last expression, inside another unwanted value, bound to
# `_x`, chained (y = _ = for), or the comprehension has into:/reduce:
defmodule UnderscoreFor do
  def dropped(l) do
    _ = for x <- l, do: x * 2
    _ = for x <- l, x > 0, do: x * 3
    _ = (for x <- l, do: x - 1)
    _ = for x <- l, uniq: true, do: x * 4
    :ok
  end

  def kept(l) do
    _x = for x <- l, do: x * 5
    _ = for x <- l, into: [], do: x * 6
    _ = for x <- l, reduce: 0, do: (acc -> acc + x)
    y = (_ = for x <- l, do: x * 7)
    _ = fn -> _ = for x <- l, do: x * 8; :ok end
    _ = if l, do: (for x <- l, do: x * 9)
    {y}
  end

  def last(l) do
    _ = for x <- l, do: x * 10
  end
end

_ = for x <- [1, 2], do: x / 2
_ = for x <- [1], do: x + 1
IO.inspect({UnderscoreFor.dropped([1]), UnderscoreFor.kept([1]), UnderscoreFor.last([1])})
