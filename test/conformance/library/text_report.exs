# Word statistics over a text, printed as a table
text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! Quick, quick: the end.
"""
words = text |> String.downcase() |> String.split(~r/[^a-z]+/, trim: true)
IO.puts("words: #{length(words)}, unique: #{words |> Enum.uniq() |> length()}")
top = words |> Enum.frequencies() |> Enum.sort_by(fn {w, n} -> {-n, w} end) |> Enum.take(5)
width = top |> Enum.map(fn {w, _} -> String.length(w) end) |> Enum.max()
for {w, n} <- top do
  IO.puts(String.pad_trailing(w, width) <> " | " <> String.duplicate("#", n) <> " #{n}")
end
longest = Enum.max_by(words, &String.length/1)
IO.puts("longest: #{longest}")
sentences = text |> String.split(~r/[.!;]/, trim: true) |> Enum.map(&String.trim/1) |> Enum.reject(&(&1 == ""))
IO.inspect(sentences)
IO.inspect(Enum.map(sentences, &(&1 |> String.split() |> length())))
caps = Regex.scan(~r/\b[A-Z]\w*/, text) |> List.flatten()
IO.inspect(caps)
