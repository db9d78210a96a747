# A pure BIF on constants fails in a guard as in a body, and OTP's compiler warns of it at its
# line: `not 1 < 2` is `(not 1) < 2`. A `not` the guard tests itself is `X =:= false` to it,
# not a call.
defmodule GuardFailures do
  def f1(x) when not 1 < 2, do: x
  def f2(x) when not 1 < 2 and false and false, do: x
  def f3(x) when not 1 < 2 or true, do: x
  def f4(x), do: {x, not 1}
  def f5(x) when x > 1 + :a, do: x
  def f6(x) when not 1 < 2 when false when true, do: x
  def f7(x) when is_integer(x) and not 1 < 2, do: x
  def f8(x) when abs(:a) > 1, do: x
  def f9(x) when length(1) > 0, do: x
  def f10(x) when map_size(%{}) > 0 or tuple_size(1) > 0, do: x

  def f11(x) do
    case x do
      y when hd([]) == 1 -> y
      _ -> 0
    end
  end

  def f12(x), do: (fn y when tl([]) == 1 -> y; y -> y end).(x)
end

IO.puts(:done)
