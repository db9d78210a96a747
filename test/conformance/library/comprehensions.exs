IO.inspect for x <- 1..3, y <- [:a, :b], do: {x, y}
IO.inspect for x <- 1..10, rem(x, 2) == 0, x > 4, do: x * x
IO.inspect for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k}
IO.inspect for c <- 'hello', c != ?l, into: "", do: <<c>>
IO.inspect for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b}
IO.inspect for x <- [1, 2, 2, 3, 3, 3], uniq: true, do: x
IO.inspect(for x <- 1..5, reduce: 0 do acc -> acc + x end)
IO.inspect(for x <- ~w(apple banana cherry), reduce: %{} do acc -> Map.update(acc, String.length(x), [x], &[x | &1]) end)
IO.inspect for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v
IO.inspect for x <- 1..3, into: [], do: x
IO.inspect for i <- 1..3, j <- i..3, do: {i, j}
IO.inspect for s <- ["a", "b"], into: %{}, do: {s, String.upcase(s)}
IO.inspect (for x <- [], do: x)
IO.inspect for <<c <- "abc">>, into: [], do: c + 1
IO.inspect with {:ok, a} <- {:ok, 1}, b = a + 1, {:ok, c} <- {:ok, b * 2}, do: {a, b, c}
IO.inspect with {:ok, _} <- {:error, :nope}, do: :unreachable
IO.inspect (with {:ok, x} when x > 5 <- {:ok, 3} do x else _ -> :guard_failed end)
