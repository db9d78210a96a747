# fns applied on the spot are inlined by Erlang: their frames are the enclosing function
defmodule S do
  def a(y), do: (fn x -> x + :a end).(y)
  def b(y), do: (&(&1 + :a)).(y)
  def c(y), do: {:ok, (&(&1 + :b)).(y)}
end
for f <- [&S.a/1, &S.b/1, &S.c/1] do
  try do
    f.(1)
  rescue
    _ -> IO.inspect(Enum.take(__STACKTRACE__, 3))
  end
end
