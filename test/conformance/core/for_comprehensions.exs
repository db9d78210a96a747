IO.inspect(for x <- 1..5, do: x * x)
IO.inspect(for x <- 1..10, rem(x, 2) == 0, x > 4, do: x)
IO.inspect(for x <- [1, 2], y <- [:a, :b], do: {x, y})
IO.inspect(for {k, v} <- %{a: 1, b: 2}, do: {v, k})
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for x <- 1..3, into: %{}, do: {x, x * 10})
IO.inspect(for c <- ~w(a b c), into: "", do: String.upcase(c))
IO.inspect(for <<b <- "abc">>, do: b)
IO.inspect(for <<r, g, b <- <<1, 2, 3, 4, 5, 6>> >>, do: {r, g, b})
IO.inspect(for x <- 1..3, y <- x..3, do: {x, y})
IO.inspect(for i <- 1..4, reduce: 0 do
  acc -> acc + i
end)
IO.inspect(for x <- [3, 1, 3, 2, 1], uniq: true, do: x)
IO.inspect(for w <- ~w(apple bob civic), w == String.reverse(w), do: w)
IO.inspect(for x <- 1..3, y = x * 2, y > 2, do: y)
IO.inspect(for n <- 1..20, n > 1, Enum.all?(2..max(2, n - 1)//1, fn d -> d == n or rem(n, d) != 0 end), do: n)
pyth = for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
IO.inspect(pyth)
IO.inspect(for x <- [], do: x)
IO.inspect(for x <- 1..3, into: [], do: x)
m = for {k, v} <- [a: 1, b: 2], into: %{z: 0}, do: {k, v + 1}
IO.inspect(m)
