# The reasons an ArgumentError gives for element/2, setelement/3, byte_size/1, bit_size/1 and
# is_function/2: every wrong argument is named (an index that is no integer or below 1 as well as a
# term that is no tuple), a bitstring is what byte_size/bit_size ask for, and is_function/2's arity
# is an integer of 0 and up (a large one is no error: no fun has that arity). Called directly, by
# apply and through variables, so that compiled code's fast paths fall back to the same errors.
defmodule Id do
  def id(x), do: x
end

defmodule Reasons do
  def show(name, f) do
    try do
      IO.puts("#{name}: #{inspect(f.())}")
    rescue
      e -> IO.puts("#{name}: #{inspect(e.__struct__)} " <> String.replace(Exception.message(e), "\n", " | "))
    end
  end

  def in_guard(t, i) when elem(t, i) == :x, do: :matched
  def in_guard(_, _), do: :no

  def sized(b) when byte_size(b) > 1, do: :big
  def sized(_), do: :other

  def fun_of(f, n) when is_function(f, n), do: :yes
  def fun_of(_, _), do: :no
end

big = 100_000_000_000_000_000_000

for {i, t} <- [{0, :a}, {:x, :a}, {-1, :a}, {1.0, :a}, {5, :a}, {-big, :a}, {big, {1}}, {2, {1}}, {:x, {1}}, {0, {1}}, {1, {:ok}}] do
  Reasons.show("element(#{inspect(i)}, #{inspect(t)})", fn -> :erlang.element(Id.id(i), Id.id(t)) end)
  Reasons.show("setelement(#{inspect(i)}, #{inspect(t)})", fn -> :erlang.setelement(Id.id(i), Id.id(t), 0) end)
  Reasons.show("apply element(#{inspect(i)}, #{inspect(t)})", fn -> apply(:erlang, :element, [Id.id(i), Id.id(t)]) end)
end

for t <- [:a, {1, 2}] do
  for i <- [-1, 0, 1, 5] do
    Reasons.show("elem(#{inspect(t)}, #{i})", fn -> elem(Id.id(t), Id.id(i)) end)
    Reasons.show("put_elem(#{inspect(t)}, #{i}, 0)", fn -> put_elem(Id.id(t), Id.id(i), 0) end)
  end
end

for b <- [:a, 1, [1], "abc", <<1::3>>] do
  Reasons.show("byte_size(#{inspect(b)})", fn -> byte_size(Id.id(b)) end)
  Reasons.show("bit_size(#{inspect(b)})", fn -> bit_size(Id.id(b)) end)
  Reasons.show("apply byte_size(#{inspect(b)})", fn -> apply(:erlang, :byte_size, [Id.id(b)]) end)
  Reasons.show("sized(#{inspect(b)})", fn -> Reasons.sized(Id.id(b)) end)
end

f1 = fn x -> x end
for {f, n} <- [{f1, -1}, {:a, -1}, {:a, :b}, {f1, :b}, {f1, big}, {f1, -big}, {f1, 256}, {f1, 1.0}, {f1, 1}, {&Id.id/1, 1}, {&Id.id/1, 2}, {:a, 1}] do
  Reasons.show("is_function(#{inspect(f)}, #{inspect(n)})", fn -> is_function(Id.id(f), Id.id(n)) end)
  Reasons.show("apply is_function(#{inspect(f)}, #{inspect(n)})", fn -> apply(:erlang, :is_function, [Id.id(f), Id.id(n)]) end)
  Reasons.show("fun_of(#{inspect(f)}, #{inspect(n)})", fn -> Reasons.fun_of(Id.id(f), Id.id(n)) end)
end

Reasons.show("in_guard", fn -> Reasons.in_guard(Id.id(:a), Id.id(-1)) end)
Reasons.show("in_guard tuple", fn -> Reasons.in_guard(Id.id({:x}), Id.id(0)) end)
