# OTP's compiler folds :lists.append/2 and :lists.subtract/2 as ++ and --: constant arguments that
# make them fail are warned of ("the call to :lists.append/2 will fail with ArgumentError")
defmodule LA do
  def a, do: :lists.append(1, 2)
  def b, do: :lists.subtract(1, 2)
  def c, do: :lists.append(:a, [])
  def d, do: :lists.append([1], 2)
  def e, do: :lists.subtract([1, 2], [2])
  def f do
    x = :a
    :lists.append(x, [1])
  end
  def g(y), do: :lists.append(y, 2)
end
IO.inspect(fn -> :lists.subtract(3, [1]) end)
IO.puts(:ok)
