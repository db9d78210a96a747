# A variable bound to a call that always fails (throw/1, exit/1, raise/2, reraise, :erlang.error/1,2)
# is a let whose argument fails: OTP's compiler drops what follows unseen, no warnings there;
# a failing call standing alone (or bound by a pattern that is not a variable) keeps them
defmodule A do
  def a(x) do
    _ = throw(x)
    elem({}, 1)
  end
  def b(x) do
    {a} = throw(x)
    IO.inspect(a)
    elem({}, 2)
  end
  def c(x) do
    r = (IO.puts(x); throw(x))
    IO.inspect(r)
    elem({}, 3)
  end
  def d(x) do
    r = raise ArgumentError, "x#{x}"
    IO.inspect(r)
    elem({}, 4)
  end
  def e(x) do
    try do
      x
    rescue
      e ->
        r = reraise e, __STACKTRACE__
        IO.inspect(r)
        elem({}, 5)
    end
  end
  def f(x) do
    r = exit(x)
    IO.inspect(r)
    elem({}, 6)
  end
  def g(x) do
    r = :erlang.error(x, [1])
    IO.inspect(r)
    elem({}, 7)
  end
  def h(x) do
    r = if x, do: throw(1), else: throw(2)
    IO.inspect(r)
    elem({}, 8)
  end
  def i(x) do
    fn ->
      r = throw(x)
      IO.inspect(r)
      elem({}, 9)
    end
  end
  def j(x) do
    case x do
      1 ->
        r = throw(x)
        IO.inspect(r)
        elem({}, 10)
      _ -> 2
    end
  end
  def k(x) do
    r = throw(x)
    elem({}, 11)
  end
  def l(x) do
    r = :erlang.throw(x)
    IO.inspect(r)
    elem({}, 12)
  end
  def m(x) do
    [r] = throw(x)
    elem({r}, 13)
    elem({}, 13)
  end
  def n(x) do
    r = (x = throw(x); x)
    IO.inspect(r)
    elem({}, 14)
  end
end
defmodule B do
  def dropped_case(x) do
    r = throw(x)
    IO.inspect(r)
    case {x, 1} do
      [_ | _] -> elem({}, 15)
      _ -> 0
    end
  end
  def seq_then_call(x) do
    throw(x)
    elem({}, 16)
  end
  def later_failing(x) do
    IO.inspect(elem({}, 17))
    r = exit(x)
    IO.inspect(r)
    elem({}, 18)
  end
end
defmodule C do
  def shadowed(x) do
    _ = :erlang.error(x)
    case x do
      _ -> 1
      2 -> 2
    end
  end
  def ignored(x) do
    r = exit(x)
    {r, 1}
    2
  end
end
# a with that surely fails: its clauses surely match up to one that never matches a value known in
# full, and no else clause takes that value
defmodule WithElse do
  def a() do
    r = with {:ok, a} <- {:ok, 1}, %{k: k} <- [k: a] do k else {:error, e} -> e end
    IO.inspect(r)
    elem({}, 1)
  end
  def b() do
    r = with {:ok, a} <- {:ok, 1}, %{k: k} <- [k: a] do k else {:error, e} -> e; _ -> 1 end
    IO.inspect(r)
    elem({}, 2)
  end
  def c() do
    r = with {:ok, a} <- {:ok, 1}, %{k: k} <- [k: a] do k end
    IO.inspect(r)
    elem({}, 3)
  end
  def d(x) do
    r = with {:ok, a} <- {:ok, x}, %{k: k} <- [k: 1] do {a, k} else {:error, e} -> e end
    IO.inspect(r)
    elem({}, 4)
  end
  def e() do
    r = with {:ok, a} <- {:ok, 1}, b = a + 1, %{k: k} <- [k: b] do k else [x] -> x end
    IO.inspect(r)
    elem({}, 5)
  end
  def f() do
    r = with {:ok, a} <- {:ok, 1}, :b <- a do a else [x] -> x end
    IO.inspect(r)
    elem({}, 6)
  end
  def g() do
    r = with :b <- :a do 1 else x when is_integer(x) -> x end
    IO.inspect(r)
    elem({}, 7)
  end
  def h(y) do
    r = with {:ok, a} <- y, :b <- :c do a else [x] -> x end
    IO.inspect(r)
    elem({}, 8)
  end
end
