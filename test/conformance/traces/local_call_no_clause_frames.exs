# A local call whose written arguments no clause of the callee can take never returns, as OTP's
# types see it (integers, floats, atoms by value; a string only as a binary; lists as empty or not
# with their elements' joined type; tuples element by element; a map as a map; a guard's type
# tests): the compiler makes it a tail call, and the caller's frame is not in the stack trace.
defmodule F do
  def s("abd"), do: 1
  def l([2]), do: 1
  def t({:a, 1}), do: 1
  def t2({_, _}), do: 1
  def m(%{a: 1}), do: 1
  def gi(x) when is_integer(x), do: x
  def gb(x) when is_binary(x) and byte_size(x) > 1, do: x
  def gt(x) when x > 5, do: x
  def e([]), do: 1
  def c([_ | _]), do: 1
  def fl(1.0), do: 1
  def z(0.0), do: 1
  def v(x, x), do: 1
  def d(a, b \\ 2)
  def d(:a, 1), do: 1
  def o1(_), do: (r = s("abc"); {:ok, r})
  def o2(_), do: (r = l([1]); {:ok, r})
  def o3(_), do: (r = t({:a, 2}); {:ok, r})
  def o4(_), do: (r = t2({1, 2, 3}); {:ok, r})
  def o5(_), do: (r = m(%{a: 2}); {:ok, r})
  def o6(_), do: (r = gi(:a); {:ok, r})
  def o7(_), do: (r = gb(1); {:ok, r})
  def o8(_), do: (r = gt(1); {:ok, r})
  def o9(_), do: (r = e([1]); {:ok, r})
  def o10(_), do: (r = c([]); {:ok, r})
  def o11(_), do: (r = fl(2.0); {:ok, r})
  def o12(_), do: (r = z(-0.0); {:ok, r})
  def o13(_), do: (r = v(1, 2); {:ok, r})
  def o14(_), do: (r = d(:b); {:ok, r})
  def o15(_), do: (r = t({:b, Main.id(1)}); {:ok, r})
  def o16(_), do: (r = m(:x); {:ok, r})
  def o17(_), do: (r = gi("s"); {:ok, r})
  def o18(x), do: (r = t({x}); {:ok, r})
  def o19(_), do: (r = s(:abc); {:ok, r})
  def o20(_), do: (r = l([]); {:ok, r})
  def o21(_), do: (r = gb(""); {:ok, r})
end
defmodule G do
  def f3(:a, 1), do: 1
  def g(:a, 1), do: 1
  def g(_, 3), do: 3
  def h(:a, 1), do: 1
  def k(:a, x), do: x
  def o1(x), do: (r = f3(x, 2); {:ok, r})
  def o2(x), do: (r = g(x, 2); {:ok, r})
  def o3(x), do: (r = h(x, Main.id(2)); {:ok, r})
  def o4(x), do: (r = k(x, 2); {:ok, r})
  def o5(x), do: (r = k(:b, x); {:ok, r})
  def o6(x), do: (r = h(x, 2.0); {:ok, r})
  def o7(x), do: (r = h(x, [1, 3]); {:ok, r})
  def o8(x), do: (r = h(x, [2, :a]); {:ok, r})
  def o9(x), do: (r = h(x, Foo); {:ok, r})
  def o10(x), do: (r = k(x, Foo); {:ok, r})
  def deep(x), do: f3(x, 2) |> elem(0)
  def outer(x) do
    r = deep(x)
    {:ok, r}
  end
end

defmodule Main do
  def id(x), do: x

  def run do
    for i <- 1..21, f = :"o#{i}" do
      try do
        apply(F, f, [1]) |> IO.inspect()
      rescue
        _ -> IO.inspect({f, Enum.take(__STACKTRACE__, 2) |> Enum.map(&elem(&1, 1))})
      end
    end

    for i <- 1..10, f = :"o#{i}" do
      try do
        apply(G, f, [1]) |> IO.inspect()
      rescue
        _ -> IO.inspect({f, Enum.take(__STACKTRACE__, 2) |> Enum.map(&elem(&1, 1))})
      end
    end

    IO.inspect(G.outer(1))
  end
end

Main.run()
