# usage: elixir wordfreq.exs [--top N] [--min-length N] < text
{opts, _args, invalid} =
  OptionParser.parse(System.argv(), strict: [top: :integer, min_length: :integer, ignore_case: :boolean], aliases: [n: :top])

if invalid != [], do: IO.puts(:stderr, "invalid options: #{inspect(invalid)}")
top = Keyword.get(opts, :top, 10)
min_len = Keyword.get(opts, :min_length, 1)

stop_words = MapSet.new(~w(the a an and or of to in is it that was for on))

{counts, lines, chars} =
  IO.stream(:stdio, :line)
  |> Stream.with_index(1)
  |> Enum.reduce({%{}, 0, 0}, fn {line, _n}, {acc, l, c} ->
    words =
      line
      |> String.downcase()
      |> String.replace(~r/[^\p{L}\p{N}'\s-]/u, " ")
      |> String.split(~r/\s+/, trim: true)
      |> Enum.map(&String.trim(&1, "'"))
      |> Enum.reject(&(&1 == "" or MapSet.member?(stop_words, &1) or String.length(&1) < min_len))

    {Enum.reduce(words, acc, fn w, m -> Map.update(m, w, 1, &(&1 + 1)) end), l + 1, c + String.length(line)}
  end)

total = counts |> Map.values() |> Enum.sum()
IO.puts("lines=#{lines} chars=#{chars} words=#{total} unique=#{map_size(counts)}")

width = counts |> Map.keys() |> Enum.map(&String.length/1) |> Enum.max(fn -> 0 end)

counts
|> Enum.sort_by(fn {w, c} -> {-c, w} end)
|> Enum.take(top)
|> Enum.with_index(1)
|> Enum.each(fn {{w, c}, i} ->
  pct = Float.round(c * 100 / total, 1)
  bar = String.duplicate("#", c)
  IO.puts("#{String.pad_leading(Integer.to_string(i), 2)}. #{String.pad_trailing(w, width)} #{String.pad_leading("#{c}", 3)} #{:erlang.float_to_binary(pct, decimals: 1)}% #{bar}")
end)

longest = counts |> Map.keys() |> Enum.max_by(&{String.length(&1), &1}, fn -> nil end)
IO.inspect(longest, label: "longest")
by_letter = counts |> Map.keys() |> Enum.group_by(&String.first/1) |> Enum.map(fn {k, v} -> {k, length(v)} end) |> Enum.sort() |> Enum.take(5)
IO.inspect(by_letter, label: "by first letter")
