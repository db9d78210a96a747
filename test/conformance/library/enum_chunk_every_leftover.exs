# Enum.chunk_every/4 takes from the leftover only what the last chunk needs, so an infinite
# stream pads (the crypto-square exercise pads with Stream.cycle([" "]))
IO.inspect(Enum.chunk_every(~w(a b c d e f g), 3, 3, Stream.cycle([" "])))
IO.inspect(Enum.chunk_every(1..7, 3, 3, Stream.iterate(100, &(&1 + 1))))
IO.inspect(Enum.chunk_every(1..5, 2, 3, Stream.repeatedly(fn -> :pad end)))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 3, 2, [:x, :y, :z, :w]))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 4, 1, [0]))
IO.inspect(Enum.chunk_every([1, 2, 3, 4], 2, 2, Stream.cycle([0])))
IO.inspect(Enum.chunk_every([], 2, 2, Stream.cycle([0])))
IO.inspect(Enum.chunk_every(%{a: 1, b: 2, c: 3}, 2, 2, Stream.map([9, 8], &{:pad, &1})))
IO.inspect(Enum.chunk_every([1, 2, 3], 2, 1, :discard))

# the leftover stream is not started when no chunk needs it
Enum.chunk_every([1, 2, 3, 4], 2, 2, Stream.map([1], fn _ -> IO.puts("never") end)) |> IO.inspect()
Enum.chunk_every([1, 2, 3], 2, 2, Stream.map([1, 2, 3], fn x -> IO.puts("taken #{x}"); x end)) |> IO.inspect()

# crypto square
text = "ifmanwasmeanttostayonthegroundgodwouldhavegivenusroots"
c = text |> String.length() |> :math.sqrt() |> ceil()
text
|> String.graphemes()
|> Enum.chunk_every(c, c, Stream.cycle([" "]))
|> Enum.zip()
|> Enum.map_join(" ", &(&1 |> Tuple.to_list() |> Enum.join()))
|> IO.inspect()
