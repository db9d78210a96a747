defmodule TinyJSON do
  defmodule ParseError do
    defexception [:pos, :reason]
    def message(%{pos: p, reason: r}), do: "parse error at #{p}: #{r}"
  end

  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: [?", escape(s), ?"] |> IO.iodata_to_binary()
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ",", &encode/1) <> "]"
  def encode(%{} = m) do
    body = m |> Enum.sort() |> Enum.map_join(",", fn {k, v} -> encode(to_string(k)) <> ":" <> encode(v) end)
    "{" <> body <> "}"
  end

  defp escape(s) do
    for <<c::utf8 <- s>>, into: "" do
      case c do
        ?" -> "\\\""
        ?\\ -> "\\\\"
        ?\n -> "\\n"
        ?\t -> "\\t"
        c when c < 0x20 -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
        c -> <<c::utf8>>
      end
    end
  end

  def decode(s) do
    {v, rest} = value(skip(s), byte_size(s))
    case skip(rest) do
      "" -> {:ok, v}
      r -> raise ParseError, pos: byte_size(s) - byte_size(r), reason: "trailing #{inspect(r)}"
    end
  rescue
    e in ParseError -> {:error, Exception.message(e)}
  end

  defp skip(<<c, r::binary>>) when c in ~c[ \n\t\r], do: skip(r)
  defp skip(r), do: r

  defp value("null" <> r, _), do: {nil, r}
  defp value("true" <> r, _), do: {true, r}
  defp value("false" <> r, _), do: {false, r}
  defp value("\"" <> r, n), do: str(r, [], n)
  defp value("[" <> r, n), do: arr(skip(r), [], n)
  defp value("{" <> r, n), do: obj(skip(r), %{}, n)
  defp value(r, n) do
    case Regex.run(~r/^-?\d+(\.\d+)?([eE][-+]?\d+)?/, r) do
      [num | frac] ->
        rest = binary_part(r, byte_size(num), byte_size(r) - byte_size(num))
        v = if frac == [], do: String.to_integer(num), else: elem(Float.parse(num), 0)
        {v, rest}
      nil -> raise ParseError, pos: n - byte_size(r), reason: "unexpected #{inspect(String.first(r))}"
    end
  end

  defp str("\"" <> r, acc, _), do: {acc |> Enum.reverse() |> IO.iodata_to_binary(), r}
  defp str("\\n" <> r, acc, n), do: str(r, ["\n" | acc], n)
  defp str("\\\"" <> r, acc, n), do: str(r, ["\"" | acc], n)
  defp str("\\u" <> <<h::binary-4, r::binary>>, acc, n), do: str(r, [<<String.to_integer(h, 16)::utf8>> | acc], n)
  defp str(<<c::utf8, r::binary>>, acc, n), do: str(r, [<<c::utf8>> | acc], n)
  defp str("", _, n), do: raise(ParseError, pos: n, reason: "unterminated string")

  defp arr("]" <> r, acc, _), do: {Enum.reverse(acc), r}
  defp arr(r, acc, n) do
    {v, r} = value(skip(r), n)
    case skip(r) do
      "," <> r -> arr(skip(r), [v | acc], n)
      "]" <> r -> {Enum.reverse([v | acc]), r}
      other -> raise ParseError, pos: n - byte_size(other), reason: "expected , or ]"
    end
  end

  defp obj("}" <> r, acc, _), do: {acc, r}
  defp obj(r, acc, n) do
    {k, r} = value(skip(r), n)
    ":" <> r = skip(r)
    {v, r} = value(skip(r), n)
    acc = Map.put(acc, k, v)
    case skip(r) do
      "," <> r -> obj(skip(r), acc, n)
      "}" <> r -> {acc, r}
    end
  end
end

data = %{name: "Zoë \"Z\"", age: 33, scores: [1, 2.5, -3.0e-5, 1.0e20], nested: %{ok: true, none: nil}, tab: "a\tb\u0001"}
json = TinyJSON.encode(data)
IO.puts(json)
IO.inspect(TinyJSON.decode(json), pretty: true, width: 40)
for s <- ["[1, 2, 3", "{\"a\": }", "[1,2] x", "\"abc", "  [ ]  ", "12.5e3", "[tru]"] do
  IO.inspect(TinyJSON.decode(s), label: inspect(s))
end
IO.inspect(TinyJSON.decode(~s({"k": [1, {"z": "\\u00e9"}]})), label: "unicode")
{:ok, m} = TinyJSON.decode(json)
IO.inspect(get_in(m, ["nested", "ok"]))
IO.inspect(m |> Map.keys(), label: "keys")
TinyJSON.decode("{\"a\" 1}")
