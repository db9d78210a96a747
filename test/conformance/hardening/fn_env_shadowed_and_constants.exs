# A fn's environment holds only the variables it reads from around it (issue 9): a variable its
# clause head or a body statement binds first is its own, and a variable bound to a constant is
# propagated into its code by OTP's compiler. Frames show the lifted function's arity (its
# arguments plus its environment): `anonymous fn/2`.
envl = fn f -> f |> :erlang.fun_info(:env) |> elem(1) |> length end
frame = fn f, args ->
  try do
    apply(f, args)
  rescue
    _ -> __STACKTRACE__ |> hd() |> elem(1) |> then(&{&1, __STACKTRACE__ |> hd() |> elem(2)})
  end
end
x = 1
b = System.get_env("PATH")
c = [1, 2]
x1 = 1 + 2
m = %{a: 1}
t = {1, :a}
neg = -5
fl = 2.5 * 2
ch = ?a
kw = [a: 1]
y = x1
IO.inspect(Enum.map([fn -> x1 end, fn -> m end, fn -> t end, fn -> neg end, fn -> fl end,
  fn -> ch end, fn -> kw end, fn -> y end, fn -> fn -> x1 + y end end, fn w -> w end], envl))
IO.inspect(frame.(fn x, y -> raise "#{inspect({x, y, b, c})}" end, [1, 2]))
IO.inspect(frame.(fn -> x = 7; raise "#{x}" end, []))
IO.inspect(frame.(fn {x, _} -> raise "#{x}" end, [{1, 2}]))
IO.inspect(frame.(fn ^x -> raise "pinned"; _ -> :ok end, [1]))
IO.inspect(frame.(fn z when z > x -> raise "guard #{b}" end, [5]))
IO.inspect(frame.(fn <<n::size(x), _::bits>> -> raise "size #{n}" end, [<<255>>]))
IO.inspect(frame.(fn -> {x, _} = {b, 2}; raise x end, []))
IO.inspect(frame.(fn -> raise "#{x}"; x = 2; x end, []))
funs = []
Enum.reduce(1..2, {funs, b}, fn step, {funs, acc} ->
  if step == 2, do: IO.inspect(frame.(fn -> raise "#{inspect(funs)} #{acc}" end, []))
  {[step | funs], acc}
end)

defmodule FnEnv do
  @at 5
  def run(envl, frame, p) do
    x1 = 1 + 2
    at = @at
    u = p
    v = {p, 1}
    IO.inspect(Enum.map([fn -> x1 end, fn -> at end, fn -> u end, fn -> v end], envl))
    IO.inspect(Enum.map([fn -> fn -> x1 + u end end, fn -> fn -> x1 end end], &envl.(&1.())))
    x = p + 1
    IO.inspect(frame.(fn x -> raise "q #{x}" end, [2]))
    IO.inspect(frame.(fn -> x = p; raise "q #{x}" end, []))
    IO.inspect(frame.(fn y when y > x -> raise "q" end, [100]))
    IO.inspect(frame.(fn ^x -> raise "q"; b -> raise "r #{b}" end, [x]))
  end
end
FnEnv.run(envl, frame, 7)
