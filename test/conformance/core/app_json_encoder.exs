defmodule JSON do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: "\"" <> escape(s, "") <> "\""
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ",", &encode/1) <> "]"
  def encode(m) when is_map(m) do
    body =
      m
      |> Enum.map(fn {k, v} -> {to_string(k), v} end)
      |> Enum.sort()
      |> Enum.map_join(",", fn {k, v} -> encode(k) <> ":" <> encode(v) end)
    "{" <> body <> "}"
  end

  defp escape(<<>>, acc), do: acc
  defp escape(<<?", r::binary>>, acc), do: escape(r, acc <> "\\\"")
  defp escape(<<?\\, r::binary>>, acc), do: escape(r, acc <> "\\\\")
  defp escape(<<?\n, r::binary>>, acc), do: escape(r, acc <> "\\n")
  defp escape(<<?\t, r::binary>>, acc), do: escape(r, acc <> "\\t")
  defp escape(<<c, r::binary>>, acc) when c < 0x20,
    do: escape(r, acc <> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0"))
  defp escape(<<c::utf8, r::binary>>, acc), do: escape(r, acc <> <<c::utf8>>)
end

doc = %{
  name: "beamlet",
  version: 1.5,
  tags: ["vm", "elixir", :typescript],
  nested: %{"quote\"d" => "line\nbreak\ttab", ok: true, nothing: nil, count: 3},
  control: <<1>>,
  unicode: "héllo ✓"
}
IO.puts(JSON.encode(doc))
IO.puts(JSON.encode([]))
IO.puts(JSON.encode(%{}))
IO.puts(JSON.encode([1, [2, [3, %{"a" => [false]}]]]))
IO.puts(JSON.encode(-12345678901234567890))
IO.puts(JSON.encode(0.1 + 0.2))
