# Elixir 1.14's type checker in with, for, try, receive and blocks: with's and for's clauses carry
# their context on (and out), a case's, try's and receive's clauses each have one of their own.
defmodule FlowForms do
  def a1(y) do
    with {:ok, x} when is_atom(x) and is_integer(x) <- y, do: x
  end

  def b1(y) do
    with {:ok, x} <- y do
      {:a} = x
      [_] = x
    end
  end

  def c1(y) do
    with :ok <- y do
      :ok
    end
    {:a} = y
    [_] = y
  end

  def d1(y) do
    with :ok <- y do
      {:a} = y
    end
    [_] = y
  end

  def e1(y) do
    for {:ok, x} <- y, is_integer(x) do
      {:a} = x
    end
  end

  def f1(y) do
    for x when is_atom(x) and is_integer(x) <- y, do: x
  end

  def g1(y) do
    try do
      {:a} = y
      [_] = y
    rescue
      _ -> :ok
    end
  end

  def h1(y) do
    try do
      :ok
    rescue
      e in ArgumentError -> {:a} = e; [_] = e
    end
  end

  def i1(y) do
    receive do
      {:ok, x} -> {:a} = x; [_] = x
    after
      10 -> {:a} = y; [_] = y
    end
  end

  def j1(y) do
    receive do
      {:ok, _} -> :ok
    after
      10 -> {:a} = y
    end
    [_] = y
  end

  def k1(y) do
    with {:ok, _} <- y do
      :ok
    else
      {:a} = z -> [_] = z
    end
  end

  def l1(y) do
    for x <- y, reduce: 0 do
      acc -> {:a} = x; [_] = x; acc
    end
  end

  def m1(y) do
    try do
      :ok
    catch
      :throw, {:a} = z -> [_] = z
    end
  end

  def n1(y) do
    try do
      :ok
    after
      {:a} = y
      [_] = y
    end
  end

  def a2(y) do
    try do
      :ok
    after
      {:a} = y; [_] = y
    rescue
      _ -> {:b} = y; [_] = y
    catch
      _ -> {:c} = y; [_] = y
    end
  end

  def b2(y) do
    with :ok <- y do
      {:a} = y; [_] = y
    else
      _ -> {:b} = y; [_] = y
    end
  end
  def c2(y) do
    with :ok <- y, else: (_ -> {:b} = y; [_] = y), do: ({:a} = y; [_] = y)
  end
  def d2(y) do
    for x <- y, into: ({:b} = y; [_] = y), do: ({:a} = x; [_] = x)
  end
  def e2(y) do
    for x <- y, ({:a} = y; [_] = y), do: x
  end
  def f2(y) do
    for <<x <- y>>, ({:a} = y), [_] = y, do: x
  end
  def g2(y) do
    with x <- ({:a} = y; [_] = y), do: x
  end
  def h2(y) do
    with {:ok, x} <- y, {:a} = x, [_] = x, do: x
  end
  def i2(y) do
    with {:ok, x} <- y, {:a} = x, do: x
    [_] = y
  end

  def a3(y) do
    for x <- y, do: {:a} = x
    x = [1]
    [_] = x
  end

  def b3(y) do
    with {:ok, x} <- y, {:a} <- x do
      x
    end
    x = [1]
    [_] = x
  end

  def c3(y) do
    r = with {:ok, x} <- y, do: x
    {:a} = r
    [_] = r
  end

  def d3(y) do
    r = try do
      y
    rescue
      ArgumentError -> :a
      [KeyError, RuntimeError] -> :b
      e in [FunctionClauseError] -> e
    catch
      :exit, reason -> {:a} = reason; reason
      value -> value
    else
      {:ok, v} when is_integer(v) and is_atom(v) -> v
    after
      :ok
    end
    r
  end

  def e3(y) do
    receive do
      {:ok, v} when is_integer(v) -> v
      {:error, _} = e -> e
    after
      y -> {:a} = y
    end
    [_] = y
  end

  def f3(bin) do
    for <<c::8 <- bin>>, c != ?a, into: "" do
      <<c>>
    end
  end

  def g3(list) do
    for {k, v} <- list, is_atom(k), v > 0, into: %{}, do: {k, v}
  end

  def h3(y) do
    for x <- y, y2 <- x, reduce: %{} do
      acc when is_map(acc) -> Map.put(acc, y2, x)
    end
  end

  def i3(y) do
    with {:ok, a} <- y,
         b = a + 1,
         {:ok, c} when is_integer(c) <- {:ok, b} do
      c
    else
      :error -> :error
      {:error, r} -> r
    end
  end

  def j3(y) do
    try do
      {:ok, z} = y
      z
    catch
      k, v -> {k, v}
    end
  end

  def k3(y) do
    receive do
    after
      0 -> y
    end
  end

  def l3(y) do
    z = (x = y; {:a} = x)
    [_] = z
  end

  def m3(y) do
    for x <- y do
      receive do
        ^x -> x
      end
    end
  end

  def n3(y) do
    with x when is_list(x) <- y, [h | _] <- x do
      h
    end
    {:a} = y
  end

  def o3(y) do
    for x <- y, x when is_integer(x) and is_atom(x) <- [x], do: x
  end

  def p3(y) do
    with {:ok, x} <- y do
      :ok
    end
    {:a} = y
    [_] = y
  end

  def v5(y) do
    x = y
    for _ <- [1], do: {:a} = x
    [_] = x
  end
  def w5(x) do
    for _ <- [1], do: {:a} = x
    [_] = x
  end
  def z5(x) do
    with _ <- [1], do: {:a} = x
    [_] = x
  end
end
