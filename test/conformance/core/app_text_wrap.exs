defmodule Wrap do
  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.reduce({[], ""}, fn word, {lines, cur} ->
      cond do
        cur == "" -> {lines, word}
        String.length(cur) + 1 + String.length(word) <= width -> {lines, cur <> " " <> word}
        true -> {[cur | lines], word}
      end
    end)
    |> then(fn {lines, cur} -> Enum.reverse(if cur == "", do: lines, else: [cur | lines]) end)
  end

  def justify(line, width) do
    words = String.split(line)
    gaps = length(words) - 1
    if gaps == 0 do
      line
    else
      spaces = width - Enum.sum(Enum.map(words, &String.length/1))
      {base, extra} = {div(spaces, gaps), rem(spaces, gaps)}
      words
      |> Enum.with_index()
      |> Enum.map_join(fn {w, i} -> if i < gaps, do: w <> String.duplicate(" ", base + if(i < extra, do: 1, else: 0)), else: w end)
    end
  end
end

text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump!"
lines = Wrap.wrap(text, 28)
Enum.each(lines, &IO.puts("|" <> String.pad_trailing(&1, 28) <> "|"))
IO.puts("")
lines |> Enum.drop(-1) |> Enum.each(&IO.puts("|" <> Wrap.justify(&1, 28) <> "|"))
IO.inspect(Wrap.wrap("", 10))
IO.inspect(Wrap.wrap("supercalifragilistic word", 5))
