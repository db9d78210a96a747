# constructions OTP 25's compiler knows will fail (a size that is no non-negative integer, written so or
# propagated, a tuple or a map as a value) raise a plain "argument error" (with a warning), whatever
# their other segments; a value of the wrong type only known at run time gets the segment message
t = fn l, f -> try do IO.puts("#{l}: #{inspect(f.())}") rescue e -> IO.puts("#{l}: #{inspect(e)}") end end
t.(1, fn -> x = 1.5; <<1::size(x)>> end)
t.(2, fn -> x = -1; <<1::size(x)>> end)
t.(3, fn -> <<{}::binary>> end)
t.(4, fn -> x = 1; <<x::binary>> end)
t.(5, fn -> x = :a; <<x::integer>> end)
t.(6, fn -> x = :a; <<x::float>> end)
t.(7, fn -> x = "a"; <<x::integer>> end)
t.(8, fn -> <<1::size(nil)>> end)
t.(9, fn -> <<{}::integer>> end)
t.(10, fn -> <<{1}::float>> end)
t.(11, fn -> <<1, %{}::binary>> end)
t.(12, fn -> x = {}; <<x::binary, 1::size(:a)>> end)
t.(13, fn -> <<1::size(:a), {}::binary>> end)
t.(15, fn -> y = Process.get(:y, 3); <<y::size(:a)>> end)
t.(16, fn -> <<self()::binary>> end)
t.(17, fn -> <<1::size(1.0)>> end)
# Code.eval_string's code is erl_eval's: it knows nothing before it builds
for s <- ["<<1::size(-1)>>", "x = -1; <<1::size(x)>>", "x = 1.5; <<1::size(x)>>", "<<1::size(Process.get(:nope, -2))>>"] do
  try do Code.eval_string(s) rescue e -> IO.puts(Exception.message(e)) end
end
# `<>` with a map or a tuple written as an operand: the <<>> it expands to is known to fail
f = fn a -> try do a <> %{nil: 1} rescue e -> e end end
IO.inspect(f.("x"))
IO.inspect(try do Process.get(:x, "a") <> {1, 2} rescue e -> e end)
IO.inspect(try do {1} <> Process.get(:x, "a") rescue e -> e end)
