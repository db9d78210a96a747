# A comprehension with uniq: true keeps Elixir's accumulator, {values made, values seen}: what a
# failure in its reduce shows (an improper list as the generator); the values as Enum.uniq's
defmodule U do
  def run do
    IO.inspect(for x <- [3, 1, 3, 2, 1], uniq: true, do: x)
    IO.inspect(for x <- [3, 1, 3, 2, 1], y <- [1, 1.0], uniq: true, do: {x * y, y})
    IO.inspect(for x <- [1, 2, 1], uniq: true, into: %{}, do: {x, x})
    IO.inspect(for x <- 1..10, rem(x, 2) == 0, uniq: true, do: rem(x, 4))
    IO.inspect(for <<c <- "abcab">>, uniq: true, do: c)
    IO.inspect(for <<c <- "abcab">>, uniq: true, into: "", do: <<c>>)
    IO.inspect(for x <- [1, 2, 1], uniq: true, into: MapSet.new(), do: x)
    IO.inspect(try do for x <- [2, 1 | 3], x, uniq: true, do: x rescue e -> {e, Enum.take(__STACKTRACE__, 1)} end)
    IO.inspect(try do for x <- [2, 1 | 3], uniq: true, do: x rescue e -> {e, Enum.take(__STACKTRACE__, 1)} end)
    IO.inspect(try do for x <- [2, 2, :a], uniq: true, do: x + 1 rescue e -> {e, Enum.take(__STACKTRACE__, 1)} end)
  end
end

U.run()
