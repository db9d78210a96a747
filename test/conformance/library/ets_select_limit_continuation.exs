# :ets.select/3, match/3, match_object/3 and select_reverse/3 return a chunk and a continuation:
# a chunk of exactly `limit` results comes with a continuation even when the table has no more
# (its select/1 is then :"$end_of_table"), a shorter chunk with :"$end_of_table" (OTP 25).
for type <- [:ordered_set, :set, :bag], n <- 0..7, lim <- 1..3 do
  t = :ets.new(:t, [type])
  for i <- 1..n//1, do: :ets.insert(t, {i})

  walk = fn walk, r, acc ->
    case r do
      :"$end_of_table" -> Enum.reverse([:end | acc])
      {items, c} -> walk.(walk, :ets.select(c), [{length(items), if(is_atom(c), do: c, else: :cont)} | acc])
    end
  end

  walk_match = fn walk, r, acc ->
    case r do
      :"$end_of_table" -> Enum.reverse([:end | acc])
      {items, c} -> walk.(walk, :ets.match_object(c), [{length(items), if(is_atom(c), do: c, else: :cont)} | acc])
    end
  end

  ms = [{{:"$1"}, [], [:"$1"]}]
  IO.inspect({type, n, lim, walk.(walk, :ets.select(t, ms, lim), []), walk.(walk, :ets.match(t, {:"$1"}, lim), [])})
  IO.inspect({type, n, lim, walk_match.(walk_match, :ets.match_object(t, {:_}, lim), [])})
  if type == :ordered_set, do: IO.inspect({:reverse, n, lim, walk.(walk, :ets.select_reverse(t, ms, lim), [])})
  :ets.delete(t)
end

# the results themselves, in order, across the chunks
t = :ets.new(:t, [:ordered_set])
for i <- 1..6, do: :ets.insert(t, {i, rem(i, 2)})
{a, c} = :ets.select(t, [{{:"$1", 1}, [], [:"$1"]}], 3)
IO.inspect({a, :ets.select(c)})
{a, c} = :ets.select(t, [{{:"$1", :_}, [], [:"$1"]}], 3)
{b, c} = :ets.select(c)
IO.inspect({a, b, :ets.select(c)})
