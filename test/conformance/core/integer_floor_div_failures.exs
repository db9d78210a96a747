# Integer.floor_div/2 fails where Elixir 1.14's does: dividend * divisor (lib/integer.ex:164) for a
# non-number, rem/2 there for floats of opposite signs, div/2 at line 167 otherwise (zero divisor,
# floats). Found by fuzz-diff seed 52316. Integer.mod/2 alongside.
for {a, b} <- [{1.5, 2.5}, {-1.5, 2.5}, {1, 2.5}, {-1, 2.5}, {1.5, 2}, {:a, 1}, {1, :a}, {-3, 0}, {3, 0}, {-3.0, 2}, {"x", -1}, {7, -2}, {-7, 2}, {-6, 3}, {100000000000000000000, -3}, {-0.0, 2}] do
  for f <- [:floor_div, :mod] do
    try do
      IO.inspect(apply(Integer, f, [a, b]))
    rescue
      e -> IO.puts("#{f}(#{inspect a}, #{inspect b}): " <> (Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(3) |> Enum.join(" | ")))
    end
  end
end
