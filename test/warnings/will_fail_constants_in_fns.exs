# OTP's compiler propagates a module function's constants into the fns it makes, so a call on
# them warns as it will fail there too; a type test guarding the call (`is_tuple(x) and ...`) drops
# it unseen. A script's top level is not optimised: its constants stay out of its fns.
x = :a
f = fn -> elem(x, 0) end
y = 5
g = fn -> y + :b end
defmodule WillFailInFns do
  def h(z) do
    x = :a
    Enum.map(z, fn i -> {elem(x, i), is_tuple(x) and elem(x, 0)} end)
  end

  def k do
    n = 1
    fn -> fn -> n + :x end end
  end

  def m do
    x = :a
    fn -> elem(x, 0) end
  end

  def guarded do
    x = :a
    is_tuple(x) and elem(x, 0)
  end
end
IO.inspect({f, g} |> tuple_size())
