# A fn applied on the spot to as many arguments as it takes is inlined by OTP's compiler and takes
# no index; applied to another count it is made (and fails with BadArityError), so it takes one
defmodule T do
  def a do
    (fn x -> x end).(1)
    fn -> 1 end
  end

  def b do
    try do
      (fn x, y -> x + y end).(1)
    rescue
      e -> e.function
    end
  end

  def c, do: fn -> 2 end
end

index = fn f -> f |> :erlang.fun_info(:index) |> elem(1) end
IO.inspect({index.(T.a()), index.(T.b()), index.(T.c())})
IO.inspect(:erlang.fun_info(T.b(), :name))

g =
  try do
    (fn x, y -> x + y end).(1)
  rescue
    e -> e.function
  end

IO.inspect({index.(g), index.(fn -> 3 end)})
