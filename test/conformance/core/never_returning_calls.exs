# A local function that never returns (every clause ends in throw/exit/:erlang.error/reraise, or in
# a call of such a function) is tail-called wherever it is called, as OTP's compiler does: the
# caller's frames are not in the stack trace. raise/1, halt and IO calls return.
defmodule R3 do
  def a(0), do: :erlang.error(:x, [1])
  def a(n), do: 1 + a(n - 1)
  def b(0), do: :erlang.raise(:error, :x, [])
  def b(n), do: 1 + b(n - 1)
  def c(0), do: System.halt(1)
  def c(n), do: 1 + c(n - 1)
  def d(0), do: :erlang.halt(1)
  def d(n), do: 1 + d(n - 1)
  def e(0), do: exit(:normal)
  def e(n), do: 1 + e(n - 1)
  def f(0), do: throw(:x)
  def f(n), do: 1 + f(n - 1)
  def g(0), do: reraise(ArgumentError, "x", [])
  def g(n), do: 1 + g(n - 1)
  def h(0) do
    if :rand.uniform(2) > 5, do: raise(ArgumentError, "a"), else: exit(:b)
  end
  def h(n), do: 1 + h(n - 1)
  def j(0) do
    IO.puts("x")
    throw(:a)
  end
  def j(n) do
    x = j(n - 1)
    IO.puts("after")
    x
  end
  def k(0), do: throw(:x)
  def k(n), do: [k(n - 1), n]
  def l(0), do: throw(:x)
  def l(n), do: {n, l(n - 1)}
  def m(0), do: throw(:x)
  def m(n), do: %{a: n, b: m(n - 1)}
  def o(0), do: throw(:x)
  def o(n), do: :lists.reverse(o(n - 1))
  def p(0), do: throw(:x)
  def p(n), do: fn -> p(n - 1) end
  def q(0), do: throw(:x)
  def q(n), do: o(n) && q(n - 1)
end
defmodule Run do
  def go(f) do
    try do
      r = apply(R3, f, [2])
      if is_function(r), do: r.() |> is_function() |> IO.inspect(), else: IO.inspect(r)
    catch
      k, e -> IO.inspect({f, k, e, Enum.take(__STACKTRACE__, 2)})
    end
  end
end

defmodule Mixed do
  # never returns only through the other: g and h call each other
  def g(0), do: :erlang.error(:foo)
  def g(n), do: 1 + h(n)
  def h(n), do: 2 + g(n - 1)
  # one clause returns: calls of it stay body calls
  def s(0), do: :ok
  def s(1), do: throw(:one)
  def s(n), do: 1 + s(n - 1)
  # raise/1 returns as far as OTP's types know
  def r(0), do: raise("r")
  def r(n), do: 1 + r(n - 1)
  # inside try the call stays a body call
  def t(0), do: throw(:t)
  def t(n) do
    try do
      1 + t(n - 1)
    after
      :ok
    end
  end
  def go(f, n) do
    try do
      apply(__MODULE__, f, [n])
    rescue
      e -> IO.inspect({f, e, Enum.take(__STACKTRACE__, 3)})
    catch
      k, e -> IO.inspect({f, k, e, Enum.take(__STACKTRACE__, 3)})
    end
  end
end

for f <- [:a, :b, :e, :f, :g, :h, :j, :k, :l, :m, :o, :p, :q], do: Run.go(f)
defmodule Main do
  def run do
    Mixed.go(:g, 2)
    Mixed.go(:s, 3)
    Mixed.go(:r, 2)
    Mixed.go(:t, 2)
  end
end

Main.run()
