# Enum.slide/3 as Elixir 1.14's: an insertion index strictly inside the moved range raises (also
# after negative indexes are counted from the end, and on an empty list), one equal to the range's
# first is a no-op, ranges running past the end or backwards (step 1) move what is there
run = fn e, r, i ->
  try do
    IO.inspect({r, i, Enum.slide(e, r, i)})
  rescue
    x ->
      IO.puts("#{inspect(r)} #{i}: " <> Exception.message(x))
      IO.inspect(hd(__STACKTRACE__))
  end
end

l = Enum.to_list(0..5)

for {r, i} <- [{1..3, 3}, {1..3, 2}, {1..3, 1}, {1..3, 0}, {1..3, 4}, {1..3, 6}, {1..3, 10}, {3..1//-1, 0},
               {-3..-1, 0}, {-3..-1, -4}, {-3..-1, -2}, {2..2, 2}, {2, 2}, {2, 5}, {0..10, 0}, {4..10, 1},
               {10..12, 0}, {1..3, -1}, {1..3, -10}, {1..2, 3}, {0..0, 0}, {3..1//1, 0}, {4..2//1, 6},
               {1..9, 0}, {1..2, 9}, {-9..-8, 0}] do
  run.(l, r, i)
  run.(0..5, r, i)
  run.(MapSet.new(l), r, i)
end

run.([], 1..2, 3)
run.([], 1..2, 2)
run.(1..6, 1..2, 3)
run.(1..0//-1, 1..2, 2)
run.(Stream.map(l, &(&1 * 10)), 1..2, 5)
