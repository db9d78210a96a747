# A column holding a binary of segments in some clause is matched first (OTP sys_core_bsm),
# so a variable before it in an earlier clause no longer shadows a later clause.
defmodule M do
  def f1(:a, x), do: x
  def f1(:a, <<a>>), do: a

  def f2(2, x), do: x
  def f2(2, <<>>), do: 0

  def f3(2, x), do: x
  def f3(2, "a"), do: 0

  def f4(2, x), do: x
  def f4(2, <<a, _::binary>>), do: a

  def f5([2], x), do: x
  def f5([2], "a" <> rest), do: rest

  def f6(x, y), do: {x, y}
  def f6(_, <<a>>), do: a

  def f7(2, x, _), do: x
  def f7(2, <<a>>, _), do: a

  def f8(2, x), do: x
  def f8(2, b = <<_>>), do: b

  def f9(x, "a"), do: x
  def f9(1, "a"), do: 1

  def f10(1, x, "b"), do: x
  def f10(1, "a", "b"), do: 2
  def f10(_, _, _), do: 3

  def f11(1, x), do: x
  def f11(1, ""), do: 2
end
g = fn
  2, x -> x
  2, <<a>> -> a
end
h = fn
  2, x -> x
  2, [a] -> a
end
IO.inspect({g.(2, 1), h.(2, 1)})
