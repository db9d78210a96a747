defmodule MiniJSON do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: [?", escape(s), ?"]
  def encode(l) when is_list(l), do: [?[, Enum.map_intersperse(l, ?,, &encode/1), ?]]
  def encode(m) when is_map(m) do
    pairs = m |> Enum.sort_by(fn {k, _} -> to_string(k) end) |> Enum.map_intersperse(?,, fn {k, v} -> [encode(to_string(k)), ?:, encode(v)] end)
    [?{, pairs, ?}]
  end
  defp escape(s), do: for(<<c::utf8 <- s>>, into: "", do: esc(c))
  defp esc(?"), do: "\\\""
  defp esc(?\\), do: "\\\\"
  defp esc(?\n), do: "\\n"
  defp esc(c) when c < 0x20, do: "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
  defp esc(c), do: <<c::utf8>>
end
doc = %{name: "Widget \"Pro\"", price: 9.99, tags: ["a", :b], stock: nil, active: true, dims: %{w: 1, h: 2.5}, note: "line1\nline2\t!"}
json = doc |> MiniJSON.encode() |> IO.iodata_to_binary()
IO.puts(json)
IO.inspect(IO.iodata_length(MiniJSON.encode(doc)))
IO.inspect(MiniJSON.encode([1, [2, []], %{}]) |> IO.iodata_to_binary())
