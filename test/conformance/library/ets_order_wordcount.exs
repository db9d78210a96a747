# A word-frequency counter the way people write one: update_counter into a set, then print
# tab2list as it comes (the BEAM's hash order), and a top list sorted by count then word.
text = """
the quick brown fox jumps over the lazy dog the dog barks and the fox runs
a bird sings over the quiet river while the brown dog sleeps by the fire
every word counts and every count has a word in the table of words
"""

table = :ets.new(:words, [:set, :public])

text
|> String.split()
|> Enum.each(fn w -> :ets.update_counter(table, w, {2, 1}, {w, 0}) end)

IO.inspect(:ets.tab2list(table), limit: :infinity)
IO.puts("distinct: #{:ets.info(table, :size)}")

:ets.tab2list(table)
|> Enum.sort_by(fn {w, c} -> {-c, w} end)
|> Enum.take(5)
|> Enum.each(fn {w, c} -> IO.puts("#{String.pad_trailing(w, 8)} #{c}") end)

# a second table keyed by word length, as a bag
lengths = :ets.new(:lengths, [:bag])
for {w, _} <- :ets.tab2list(table), do: :ets.insert(lengths, {String.length(w), w})
for n <- 1..6, do: IO.inspect({n, :ets.lookup(lengths, n) |> Enum.map(&elem(&1, 1))})
IO.inspect(:ets.foldl(fn {n, _}, acc -> Map.update(acc, n, 1, &(&1 + 1)) end, %{}, lengths))
IO.inspect(:ets.first(lengths))
