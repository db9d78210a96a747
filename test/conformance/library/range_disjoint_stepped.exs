# Range.disjoint?/2 over stepped, descending and empty ranges, compared
# bit by bit with the result Elixir 1.14 gives (not the mathematical one).
IO.inspect(Range.disjoint?(2..6//2, 5..4))
IO.inspect(Range.disjoint?(2..6//2, 4..5))
IO.inspect(Range.disjoint?(1..9//4, 5..5))
IO.inspect(Range.disjoint?(10..0//-3, 1..7//3))
IO.inspect(Range.disjoint?(3..1//1, 1..3))

ranges =
  for a <- -2..4, b <- -2..4, s <- [-3, -2, -1, 1, 2, 3], do: Range.new(a, b, s)

indexed = Enum.with_index(ranges)

bits =
  for {r1, i} <- indexed, {r2, j} <- indexed, rem(i * 31 + j * 7, 13) == 0 do
    if Range.disjoint?(r1, r2), do: ?1, else: ?0
  end

IO.puts("pairs: #{length(bits)}, disjoint: #{Enum.count(bits, &(&1 == ?1))}")

bits
|> Enum.chunk_every(96)
|> Enum.each(&IO.puts/1)
