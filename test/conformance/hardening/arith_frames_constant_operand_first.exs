# In a module, OTP moves a commutative operator's constant first operand second, a constant that
# is no number too (an atom, a binary, a list; written, bound by a match, or by a case clause's
# pattern against a constant subject): `:a + t` fails as :erlang.+(t, :a). `-` keeps its order,
# and a script's top level (unoptimised) too.
defmodule ConstantFirst do
  def written(t), do: :a + t
  def times(t), do: :a * t
  def minus(t), do: :a - t
  def band(t), do: Bitwise.band(:a, t)
  def binary(t), do: "x" + t
  def list(t), do: [1] * t
  def second(t), do: t + :a

  def bound(t) do
    y = :a
    y + t
  end

  def matched(t) do
    {_x, y} = {1, :a}
    y + t
  end

  def case_var(t) do
    case :a do
      y -> y + t
    end
  end

  def case_tuple(t) do
    case {1, :a} do
      {_x, y} -> y + t
    end
  end

  def case_literal_in_pattern(t) do
    case {1, [:a]} do
      {1, [y]} -> y * t
    end
  end
end

for f <- [:written, :times, :minus, :band, :binary, :list, :second, :bound, :matched, :case_var, :case_tuple, :case_literal_in_pattern] do
  try do
    apply(ConstantFirst, f, [1])
  rescue
    e -> IO.inspect({f, hd(__STACKTRACE__), Exception.message(e)})
  end
end

t = 1
try do
  :a + t
rescue
  e -> IO.inspect({:top_level, hd(__STACKTRACE__), Exception.message(e)})
end
