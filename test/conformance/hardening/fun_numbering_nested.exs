# The names (-f/1-fun-N-) and indexes (Function.info :index, the N of #Function<N.U...>) of funs
# nested in others, as OTP gives them: names per function in post-order, arguments, tuples, lists,
# binaries and operands right to left; indexes in code order, functions sorted by name, lifted
# funs after them in reverse. Uniq numbers differ between runtimes and are not shown.
defmodule Probe do
  def show(label, f) do
    i = Function.info(f)
    IO.puts("#{label}: #{i[:name]} index=#{i[:index]} arity=#{i[:arity]} type=#{i[:type]}")
  end

  def walk(label, f) when is_function(f, 0) do
    show(label, f)
    case f.() do
      g when is_function(g) -> walk(label <> ">", g)
      l when is_list(l) -> Enum.each(l, &walk(label <> ">", &1))
      t when is_tuple(t) -> t |> Tuple.to_list() |> Enum.each(&walk(label <> ">", &1))
      _ -> :ok
    end
  end
  def walk(label, f) when is_function(f), do: show(label, f)
  def walk(label, l) when is_list(l), do: Enum.each(l, &walk(label, &1))
  def walk(label, t) when is_tuple(t), do: walk(label, Tuple.to_list(t))
  def walk(_, _), do: :ok
end

defmodule Nest do
  defstruct [:x]
  def zz(x), do: [fn -> x end, fn -> fn -> x end end]
  defp loc(y), do: y
  def a(x) do
    f = fn ->
      case x do
        1 -> fn -> 1 end
        _ -> fn -> fn -> 2 end end
      end
    end
    {f, &loc/1, &(&1 + x), for(i <- [1], do: fn -> i end), &loc/1}
  end
  def m(0), do: fn -> :zero end
  def m(n) when n > 0, do: [fn -> :pos end, fn -> fn -> :pos2 end end]
  def b, do: fn -> fn -> fn -> :b end end end
  def branches(c) do
    a = if c, do: fn -> :then end, else: fn -> :else end
    b = unless c, do: fn -> :then end, else: fn -> :else end
    d = cond do
      c == 1 -> fn -> 1 end
      true -> fn -> 3 end
    end
    {a, b, d, c && fn -> 1 end, c || fn -> 2 end}
  end
  def calls(x) do
    {x.(fn -> 1 end) && [x.(fn -> 2 end), fn -> 3 end],
     apply(fn -> 4 end, []) == x.(fn -> 5 end),
     "#{inspect(fn -> 6 end)}" <> "#{inspect(fn -> 7 end)}",
     %{a: fn -> 8 end, b: fn -> 9 end},
     [1] |> Enum.map(x) |> Enum.map(fn y -> y end)}
  end
  def comprehensions(l, b) do
    [fn -> :first end,
     for(x <- l, x > 0, do: fn -> x end),
     for(<<c <- b>>, do: c),
     for(x <- l, into: %{}, do: {x, fn -> x end}),
     fn -> :last end]
  end
  def waits(x) do
    receive do
      ^x -> fn -> :msg end
    after
      0 -> fn -> :after end
    end
  end
  def statement(x) do
    fn -> :unused end
    _ = fn -> :unused end
    [fn -> x end]
  end
  def unquote(:Up)(x), do: fn -> x end
end

Probe.walk("zz", Nest.zz(1))
{f, l1, c, fs, l2} = Nest.a(1)
Probe.walk("a.f", f)
Probe.walk("a.f2", Nest.a(2) |> elem(0))
Probe.walk("a.loc", [l1, l2])
Probe.walk("a.capture", c)
Probe.walk("a.for", fs)
Probe.walk("m0", Nest.m(0))
Probe.walk("m1", Nest.m(1))
Probe.walk("b", Nest.b())
Probe.walk("branches(true)", Nest.branches(true))
Probe.walk("branches(nil)", Nest.branches(nil))
Probe.walk("branches(1)", Nest.branches(1))
{c1, c2, s, m, l} = Nest.calls(fn f when is_function(f) -> Probe.show("  arg", f); [1]; y -> y end)
Probe.walk("calls", [c1, c2, m, l])
IO.puts(String.replace(s, ~r/#Function<(\d+)\.\d+/, "fun<\\1.U"))
Probe.walk("comprehensions", Nest.comprehensions([1], "ab"))
send(self(), :go)
Probe.walk("waits(:go)", Nest.waits(:go))
Probe.walk("waits(:none)", Nest.waits(:none))
Probe.walk("statement", Nest.statement(1))
Probe.walk("Up", apply(Nest, :Up, [1]))
IO.puts(inspect(Nest.b()) |> String.replace(~r/#Function<(\d+)\.\d+/, "fun<\\1.U"))
IO.puts(inspect(elem(Nest.a(1), 1)) |> String.replace(~r/#Function<(\d+)\.\d+/, "fun<\\1.U"))
try do
  Nest.b().(1)
rescue
  e in BadArityError -> IO.puts(Exception.message(e) |> String.replace(~r/#Function<(\d+)\.\d+/, "fun<\\1.U"))
end
# the script's own funs: one function, numbered the same way
top = [fn -> 1 end, fn -> fn -> 2 end end]
Probe.walk("top", top)
IO.puts(inspect(top) |> String.replace(~r/#Function<(\d+)\.\d+/, "fun<\\1.U"))
# :erlang.fun_info/1 lists OTP's items in OTP's order
IO.inspect(Keyword.keys(:erlang.fun_info(fn -> 1 end)))
IO.inspect(:erlang.fun_info(&String.upcase/1))
for f <- [fn -> :erlang.fun_info(1) end, fn -> :erlang.fun_info(fn -> 1 end, :nope) end, fn -> :erlang.fun_info(:a, 2) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
