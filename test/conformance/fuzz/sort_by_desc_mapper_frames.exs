# Enum.sort_by/3 with :desc calls the mapper from Enum.reduce's fun, as Elixir 1.14 does: a failing
# mapper shows those frames and lines (a list, then a range)
try do
  Enum.sort_by([1, 2], fn x -> 1 / (x - 1) end, :desc)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 4)})
end

IO.inspect(Enum.sort_by([1.0, 2, 1, 0.0, 0, 2.0], & &1, :desc))
Enum.sort_by(1..3, fn x -> 1 / (x - 1) end, :desc)
