# The warnings Elixir passes on from the Erlang compiler come in line order, whichever part of
# it found them (a call that will fail, a map update on no map, a result ignored, a clause that
# cannot match), after Elixir's own unused-variable warnings and before "@attr was set but never
# used"
defmodule Ordered do
  @unused 1
  def a(v), do: {1 + :a, v}

  def b(x) do
    case x do
      _ -> 1
      1 -> 2
    end
  end

  def c, do: (:erlang.element(1, :rand.uniform(1)); :ok)
  def d(unused_arg), do: %{:not_a_map | k: 2}
  def e(y), do: (y == 1; {2 + :b})
  def f(z), do: (z * 2; <<z::size(-1)>>)
end

IO.puts(:erlang.element(1, {:x}))
t = :rand.uniform(1)
t + 1
IO.inspect({3 + :c, t})
