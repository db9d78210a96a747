# Cases where Elixir 1.14 prints NO warning although they look like the folded case/guard ones
# (attribute_case_folded, case_guard_folded, guard_always_true_clauses): beamlet must print none.
defmodule Neg do
  @mode :a
  @limit 3
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  @acc 1
  @acc 2

  # guard whose left side is unknown: not folded
  def unknown_left(z) do
    y = 0
    case z do
      _ when is_integer(z) and y > 1 -> :big
      _ -> :other
    end
  end

  # a pattern that cannot match a known value (no guard) prints nothing here
  def no_match do
    case 1 do
      :x -> :x
      _ -> :any
    end
  end

  # if/cond on an attribute
  def if_attr, do: if(@mode == :a, do: 1, else: 2)

  def cond_attr do
    cond do
      @mode == :b -> 1
      true -> 2
    end
  end

  # guards on variables bound in the pattern from an unknown value
  def bound_unknown(t) do
    case t do
      {a, b} when a > b -> a
      {a, _} when is_atom(a) -> a
      _ -> nil
    end
  end

  # attributes read in function bodies, compared at runtime
  def runtime_compare(n) do
    if n > @limit, do: :over, else: :under
  end

  def attr_in_guard(n) when n == @limit, do: :eq
  def attr_in_guard(_), do: :ne

  # accumulate attributes
  def acc do
    case @acc do
      [2, 1] -> :both
      _ -> :other
    end
  end
end

IO.inspect({Neg.unknown_left(5), Neg.no_match(), Neg.if_attr(), Neg.cond_attr()})
IO.inspect({Neg.bound_unknown({2, 1}), Neg.runtime_compare(4), Neg.attr_in_guard(3), Neg.acc()})

# top-level script code: none of these warn
x = 1
case 1 do
  y when y > x + 5 -> IO.inspect(y)
  _ -> IO.puts("top")
end
IO.inspect(match?(y when y > x + 5, 1))
f = fn
  v when true -> v
  _ -> :never
end
IO.inspect(f.(7))
