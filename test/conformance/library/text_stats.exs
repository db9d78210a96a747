# Word statistics over a text: normalisation, frequencies, n-grams, wrapping and a histogram.
text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair. Naïve café owners — déjà vu!
"""

words =
  text
  |> String.downcase()
  |> String.replace(~r/[^\p{L}\s']/u, " ")
  |> String.split()

IO.puts("#{length(words)} words, #{words |> Enum.uniq() |> length()} distinct")
top = words |> Enum.frequencies() |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(8)
IO.inspect(top)

bigrams = words |> Enum.chunk_every(2, 1, :discard) |> Enum.map(&Enum.join(&1, " ")) |> Enum.frequencies()
IO.inspect(bigrams |> Enum.filter(fn {_, c} -> c > 2 end) |> Enum.sort())

longest = Enum.max_by(words, &String.length/1)
IO.inspect({longest, String.length(longest), byte_size(longest)})
IO.inspect(Enum.filter(words, &(String.length(&1) != byte_size(&1))))

by_len = Enum.group_by(words, &String.length/1) |> Enum.map(fn {l, ws} -> {l, length(ws)} end) |> Enum.sort()
for {len, count} <- by_len do
  IO.puts(String.pad_leading("#{len}", 2) <> " " <> String.duplicate("#", count) <> " #{count}")
end

wrap = fn text, width ->
  text
  |> String.split()
  |> Enum.reduce([[]], fn word, [line | rest] ->
    current = Enum.join(Enum.reverse(line), " ")
    if line != [] and String.length(current) + 1 + String.length(word) > width,
      do: [[word], line | rest],
      else: [[word | line] | rest]
  end)
  |> Enum.reverse()
  |> Enum.map(&(&1 |> Enum.reverse() |> Enum.join(" ")))
end
wrap.(text, 32) |> Enum.each(&IO.puts("|" <> String.pad_trailing(&1, 32) <> "|"))

sentences = text |> String.replace("\n", " ") |> String.split(~r/(?<=[.!])\s+/, trim: true)
IO.inspect(length(sentences))
IO.inspect(Enum.map(sentences, &String.slice(&1, 0, 20)))
capitalized = Regex.scan(~r/\b[A-Z]\w*/u, text) |> List.flatten()
IO.inspect(capitalized)
IO.inspect(String.split(text, ~r/,\s*/, parts: 3) |> Enum.map(&String.length/1))
IO.inspect(text |> String.graphemes() |> Enum.count(&(&1 in ["a", "e", "i", "o", "u"])))
IO.inspect(String.jaro_distance("foolishness", "foolish") |> Float.round(4))
IO.inspect(String.myers_difference("the age of wisdom", "the edge of wisdom"))
