defmodule RLE do
  def encode(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> if length(run) > 1, do: "#{length(run)}#{c}", else: c end)
  end

  def decode(s), do: decode(s, "", "")
  defp decode("", _n, acc), do: acc
  defp decode(<<d, rest::binary>>, n, acc) when d in ?0..?9, do: decode(rest, n <> <<d>>, acc)
  defp decode(s, n, acc) do
    {g, rest} = String.next_grapheme(s)
    count = if n == "", do: 1, else: String.to_integer(n)
    decode(rest, "", acc <> String.duplicate(g, count))
  end
end

defmodule Caesar do
  def shift(s, k) do
    for <<c <- s>>, into: "" do
      cond do
        c in ?a..?z -> <<rem(c - ?a + k + 26, 26) + ?a>>
        c in ?A..?Z -> <<rem(c - ?A + k + 26, 26) + ?A>>
        true -> <<c>>
      end
    end
  end
end

for s <- ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", "ééé✓✓", ""] do
  e = RLE.encode(s)
  IO.puts("#{inspect(e)} roundtrip=#{RLE.decode(e) == s}")
end
secret = Caesar.shift("The Quick Brown Fox, jumps!", 3)
IO.puts(secret)
IO.puts(Caesar.shift(secret, -3))
IO.puts(Caesar.shift("xyz", 13))
