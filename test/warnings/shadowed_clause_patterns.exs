# clauses the compiled patterns never reach (not only those after a catch-all)
defmodule Shadowed do
  def result(x) do
    case x do
      {:ok, v} -> v
      {:error, e} -> e
      {:ok, _} -> :never
    end
  end

  def lines(x) do
    case x do
      {:ok, 1} -> 1
      {:ok, _} -> 2
      {:ok, 1} -> 3
      {:ok, 2} -> 4
      "a" -> 5
      "a" -> 6
      -1 -> 7
      -1 -> 8
      [a: 1] -> 9
      [a: _] -> 10
      [a: 1] -> 11
      'ab' -> 12
      [?a, ?b] -> 13
      {a, a} -> a
      {b, b} -> b
      nil -> 14
      nil -> 15
      nil -> 16
      {:c, 1} -> 17
      {:c, _} -> 18
      {:c, 1} -> 19
      {:c, 2} -> 20
      z -> z
    end
  end

  def guarded(x, p) do
    case x do
      ^p -> 1
      ^p -> 2
      y when is_integer(y) -> 3
      1 -> 4
      :a -> 5
      :a -> 6
      {:ok, _} = t -> t
      {:ok, 3} -> 7
      _ -> 8
    end
  end

  def pair(x, y) do
    case {x, y} do
      {0, _} -> 1
      {1, 1} -> 2
      {_, _} -> 3
      {2, 2} -> 4
    end
  end

  def funs do
    fn
      {:a, _} -> 1
      {:a, 1} -> 2
      _ -> 3
    end
  end

  def inbox do
    receive do
      {:a, _} -> 1
      {:a, 1} -> 2
    after
      0 -> :none
    end
  end

  def caught(f) do
    try do
      f.()
    rescue
      ArgumentError -> 0
    catch
      :throw, _ -> 1
      :throw, :x -> 2
      :a -> 3
      :exit, _ -> 4
    end
  end

  def heads(x, 1), do: x
  def heads(_, 1), do: 2
  def heads(3, _), do: 3

  def reply(:get, _from, s), do: {:reply, s, s}
  def reply({:put, v}, _from, _s), do: {:reply, :ok, v}
  def reply(:get, from, s), do: {:reply, {from, s}, s}

  defp d(x, y \\ 1)
  defp d(1, y), do: y
  defp d(1, _), do: 0
  defp d(x, _), do: x
  def e(x), do: d(x)

  # (a variable bound in a binary and again in another argument is a comparison, no shadow)
  def rle(<<c::utf8, rest::binary>>, c, n), do: {rest, c, n}
  def rle(<<c::utf8, rest::binary>>, p, n), do: {rest, c, p, n}
  def rle(<<>>, p, n), do: {p, n}

  def two(<<a::binary-size(2), b::binary>>), do: {a, b}
  def two(<<a::binary-size(2), b::binary>>), do: {b, a}

  def sized(<<n, data::binary-size(n)>>), do: data
  def sized(<<n, data::binary-size(n)>>), do: {n, data}

  defmodule Account do
    defstruct [:role, :name]
  end

  def account(x) do
    case x do
      %Account{role: :admin} -> 1
      %Account{role: :admin} -> 2
      %Account{} -> 3
      %Account{name: "x"} -> 4
      %{role: r} when r != nil -> 5
      %{"k" => v} -> v
      %{"k" => w} -> w
      %{} -> 6
      %{c: 1} -> 7
      {:ok, %Account{} = u} -> u
      {:ok, %Account{}} -> :dup
      _ -> 8
    end
  end

  def named(%Account{name: name}), do: name
  def named(%Account{name: n}), do: n

  def with_else(x) do
    with {:ok, y} <- x do
      y
    else
      {:error, _} -> 1
      {:error, :x} -> 2
    end
  end
end

IO.inspect Shadowed.result({:ok, 1})
IO.inspect Shadowed.lines({:c, 2})
IO.inspect Shadowed.guarded(:a, :b)
IO.inspect Shadowed.pair(2, 2)
IO.inspect Shadowed.funs().({:a, 1})
IO.inspect Shadowed.caught(fn -> throw(:a) end)
IO.inspect Shadowed.reply(:get, nil, 1)
IO.inspect Shadowed.e(1)
