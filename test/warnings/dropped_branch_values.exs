# A pure operation ending a branch of a case, cond, if/unless, receive (and after), with (and
# else), &&/||/and/or, a plain for or an inlined fn whose value is dropped: Erlang's compiler
# warns about it, as about a dropped one in a block; not in try, nor when the construct's value is
# bound, nor for comprehensions with into:/reduce: (uniq: true alone drops an element/2)
defmodule DroppedBranches do
  def a(x, y) do
    if x, do: x + y, else: x - y
    :ok
  end
  def b(x, y) do
    cond do
      x > 1 -> x * y
      true -> x / y
    end
    :ok
  end
  def c(x, y) do
    receive do
      :m -> x + y
    after
      0 -> x - y
    end
    :ok
  end
  def d(x, y) do
    try do
      x + y
    rescue
      _ -> x * y
    after
      x - y
    end
    :ok
  end
  def e(x, y) do
    unless x, do: x + y
    :ok
  end
  def f(x, y) do
    case x do
      1 ->
        y + 1
        y * 2
      _ -> elem(y, 0)
    end
    :ok
  end
  def g(x, y) do
    _ = case x do
      1 -> y + 1
    end
    z = case x do
      1 -> y + 2
    end
    {z, x && y + 3}
  end
  def h(x, y) do
    x && y + 3
    x || y * 3
    :ok
  end
  def i(x, y) do
    for z <- x, do: z + y
    :ok
  end
  def j(x, y) do
    with {:ok, a} <- x do
      a + y
    else
      _ -> y - 1
    end
    :ok
  end
end
defmodule DroppedBranchesMore do
  def a(x, y) do
    x and y + 1
    x or y + 2
    :ok
  end
  def b(x, y) do
    for z <- x, into: %{}, do: {z, z + y}
    for z <- x, reduce: 0, do: (acc -> acc + z)
    for z <- x, uniq: true, do: z * y
    :ok
  end
  def c(x, y) do
    case x do
      1 ->
        case y do
          2 -> x + y
        end
      _ -> if y, do: y - 1
    end
    :ok
  end
  def d(x, y) do
    if x do
      y == 1
    end
    unless x, do: y + 1, else: y + 2
    :ok
  end
  def e(x, y) do
    with {:ok, a} <- x, b = a + y do
      b * 2
    end
    :ok
  end
  def f(x, y) do
    fn -> x + y end
    (fn -> x + y end).()
    :ok
  end
  def g(x, y) do
    if x, do: (y + 1; y + 2)
    :ok
  end
  def h(x, y) do
    try do
      x + y
    catch
      _ -> y + 1
    else
      z -> z + 1
    end
    :ok
  end
  def i(x, y) do
    receive do
      ^x -> y
      z when z > 1 -> z + y
    end
    :ok
  end
  def j(x) do
    case x do
      {:a, v} -> v + 1
      _ -> nil
    end
  end
  def k(x, y) do
    z = if x, do: y + 1
    unless z, do: is_nil(x)
    :ok
  end
end
defmodule DroppedComprehensions do
  def a(x, y) do
    for z <- x, uniq: true, do: z * y
    for z <- x, uniq: false, do: z * y
    for z <- x, uniq: true, into: [], do: z * y
    for z <- x, into: [], do: z * y
    for z <- x, uniq: true, into: "", do: z
    (fn z -> z + y end).(x)
    (fn 1 -> x * y; _ -> y - x end).(x)
    :ok
  end
end
