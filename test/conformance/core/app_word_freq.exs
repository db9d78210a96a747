text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""

words =
  text
  |> String.downcase()
  |> String.replace([",", ".", ";"], " ")
  |> String.split()

freq = Enum.frequencies(words)
top =
  freq
  |> Enum.sort_by(fn {w, c} -> {-c, w} end)
  |> Enum.take(8)

IO.puts("total words: #{length(words)}")
IO.puts("distinct: #{map_size(freq)}")
for {w, c} <- top do
  IO.puts(String.pad_trailing(w, 12) <> String.duplicate("*", c) <> " #{c}")
end
longest = Enum.max_by(words, &String.length/1)
IO.puts("longest: #{longest}")
by_len = words |> Enum.uniq() |> Enum.group_by(&String.length/1) |> Enum.sort()
for {len, ws} <- by_len, do: IO.puts("#{len}: #{Enum.join(Enum.sort(ws), " ")}")
