# A match in a function's body whose pattern and value cannot agree, as Elixir 1.14's type checker
# reports it: literals, tuples of other sizes, lists against tuples, variables bound before
defmodule T do
  def a1, do: ({:ok, x} = {:error, 1}; x)
  def a2(y), do: ({:ok, x} = {:error, y}; x)
  def a3 do
    x = nil
    :r = x
  end
  def a4, do: (:r = nil)
  def a5, do: ([a] = {1}; a)
  def a6, do: ({a, b} = {1, 2, 3}; {a, b})
  def a7, do: (1 = :a)
  def a8, do: (1 = 1.0)
  def a9, do: ("a" = 1)
  def a10, do: (%{a: x} = [1]; x)
  def a11(z) do
    y = {:ok, z}
    {:error, q} = y
    q
  end
  def a12 do
    y = [1, 2]
    [a, b] = y
    {c} = y
    {a, b, c}
  end
  def a13, do: (<<x>> = :a; x)
  def a14, do: (x = 1; "a" <> _ = x)
  def a15(m) when is_map(m), do: ({a} = m; a)
  def a16(x), do: ({:a, _} = {x, x}; x)
  def a17, do: ([1 | t] = [:a]; t)
  def a18, do: (%{} = nil)
  def a19, do: ({:ok, x} = {:ok, 1, 2}; x)
  def a20, do: (x = :foo; y = x; {:bar} = {y})
end
