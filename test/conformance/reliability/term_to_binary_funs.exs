# Local funs through the external term format (NEW_FUN_EXT) and back: the same fun (==, inspect,
# fun_info, calls), free variables of every kind, funs inside terms; forged fun bytes are a
# badarg, never a crash; exports with arities past 255 as OTP 25 reads them
defmodule Funs do
  def adder(x), do: fn y -> x + y end
  def pair(a, b), do: fn -> {a, b} end
  def nested(x), do: fn -> fn z -> {x, z} end end
  def none, do: fn -> :none end
  def many(a, b, c), do: fn d, e -> [a, b, c, d, e] end
end

round = fn t -> :erlang.binary_to_term(:erlang.term_to_binary(t)) end
attempt = fn b -> try do {:ok, :erlang.binary_to_term(b)} rescue e -> {:error, Exception.message(e)} end end

f = Funs.adder(5)
g = round.(f)
IO.inspect(g.(1))
IO.inspect(g == f)
IO.inspect(inspect(g) == inspect(f))
IO.inspect(:erlang.fun_info(g, :arity))
IO.inspect(:erlang.fun_info(g, :env))
IO.inspect(:erlang.fun_info(g, :module))
IO.inspect(:erlang.phash2(g) == :erlang.phash2(f))
IO.inspect(:erlang.term_to_binary(f) == :erlang.term_to_binary(g))
IO.inspect(:erlang.external_size(f) == byte_size(:erlang.term_to_binary(f)))

IO.inspect(round.(Funs.pair(self(), make_ref())).() |> elem(0) == self())
IO.inspect(round.(Funs.pair([1, 2.5, "bin", :atom, {1}], %{a: [b: 1]})).())
IO.inspect(round.(Funs.nested(Funs.adder(2))).().(3) |> elem(0) |> then(& &1.(40)))
IO.inspect(round.(Funs.none()).())
IO.inspect(round.(Funs.many(1, 2, 3)).(4, 5))
IO.inspect(round.({:wrapped, [Funs.adder(1), Funs.adder(2)], %{f: Funs.none()}}) |> elem(1) |> Enum.map(& &1.(10)))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(f, [:compressed]), [:safe]).(2))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(f, minor_version: 2)).(3))
IO.inspect(try do round.(f).(1, 2) rescue e in BadArityError -> e.args end)

# forged bytes: each field of a fun's encoding changed in turn
bytes = :erlang.term_to_binary(Funs.pair(1, 2))
size = byte_size(bytes)
outcomes =
  for i <- 1..(size - 1), delta <- [1, 255] do
    <<pre::binary-size(i), b, post::binary>> = bytes
    case attempt.(<<pre::binary, rem(b + delta, 256), post::binary>>) do
      {:ok, t} when is_function(t) -> (try do t.() rescue _ -> :raised end; :fun)
      {:ok, _} -> :term
      {:error, _} -> :error
    end
  end
IO.inspect(Enum.member?(outcomes, :error))
for n <- [0, 1, 5, size - 1], do: IO.inspect(attempt.(binary_part(bytes, 0, n)))

# export funs with arities the fun cannot hold
b = <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "seq">>
for a <- [<<97, 255>>, <<98, 0, 0, 1, 2>>, <<98, 0, 1, 0, 0>>, <<98, 127, 255, 255, 255>>, <<98, 255, 255, 255, 255>>,
          <<110, 1, 0, 3>>, <<110, 8, 0, 255, 255, 255, 255, 255, 255, 255, 7>>, <<110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 8>>, <<110, 1, 1, 3>>] do
  case attempt.(b <> a) do
    {:ok, e} ->
      IO.inspect({e, :erlang.fun_info(e, :arity), is_function(e, 2), :erlang.term_to_binary(e) == b <> a, :erlang.phash2(e)})
      IO.inspect(:erlang.term_to_binary(e))
      IO.inspect(e == &:lists.seq/2)
      IO.inspect(e > &:lists.seq/2)
      IO.inspect(try do e.(1, 2, 3) rescue x -> x end)
    other -> IO.inspect(other)
  end
end
wide = :erlang.binary_to_term(b <> <<98, 0, 0, 1, 2>>)
IO.inspect(try do wide.(1, 3) rescue x -> x end)
