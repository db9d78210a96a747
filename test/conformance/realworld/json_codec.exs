defmodule JSON do
  # --- encoder ---
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: [?", escape(s), ?"] |> IO.iodata_to_binary()
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ",", &encode/1) <> "]"
  def encode(m) when is_map(m) do
    inner =
      m
      |> Enum.sort_by(fn {k, _} -> to_string(k) end)
      |> Enum.map_join(",", fn {k, v} -> encode(to_string(k)) <> ":" <> encode(v) end)

    "{" <> inner <> "}"
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

  # --- decoder ---
  def decode(s) do
    case value(skip(s)) do
      {v, rest} ->
        case skip(rest) do
          "" -> {:ok, v}
          other -> {:error, {:trailing, String.slice(other, 0, 10)}}
        end
    end
  catch
    {:json_error, why} -> {:error, why}
  end

  defp skip(<<c, rest::binary>>) when c in ' \t\n\r', do: skip(rest)
  defp skip(s), do: s

  defp value("null" <> r), do: {nil, r}
  defp value("true" <> r), do: {true, r}
  defp value("false" <> r), do: {false, r}
  defp value("\"" <> r), do: string(r, [])
  defp value("[" <> r), do: array(skip(r), [])
  defp value("{" <> r), do: object(skip(r), %{})
  defp value(<<c, _::binary>> = s) when c in '-0123456789', do: number(s)
  defp value(""), do: throw({:json_error, :unexpected_end})
  defp value(<<c::utf8, _::binary>>), do: throw({:json_error, {:unexpected, <<c::utf8>>}})

  defp number(s) do
    [num | _] = Regex.run(~r/^-?\d+(\.\d+)?([eE][-+]?\d+)?/, s)
    rest = binary_part(s, byte_size(num), byte_size(s) - byte_size(num))
    v = if String.contains?(num, [".", "e", "E"]), do: elem(Float.parse(num), 0), else: String.to_integer(num)
    {v, rest}
  end

  defp string("\"" <> r, acc), do: {acc |> Enum.reverse() |> IO.iodata_to_binary(), r}
  defp string("\\n" <> r, acc), do: string(r, ["\n" | acc])
  defp string("\\t" <> r, acc), do: string(r, ["\t" | acc])
  defp string("\\\"" <> r, acc), do: string(r, ["\"" | acc])
  defp string("\\\\" <> r, acc), do: string(r, ["\\" | acc])
  defp string("\\u" <> <<hex::binary-size(4), r::binary>>, acc), do: string(r, [<<String.to_integer(hex, 16)::utf8>> | acc])
  defp string(<<c::utf8, r::binary>>, acc), do: string(r, [<<c::utf8>> | acc])
  defp string("", _), do: throw({:json_error, :unterminated_string})

  defp array("]" <> r, acc), do: {Enum.reverse(acc), r}
  defp array(s, acc) do
    {v, r} = value(s)
    case skip(r) do
      "," <> r -> array(skip(r), [v | acc])
      "]" <> r -> {Enum.reverse([v | acc]), r}
      _ -> throw({:json_error, :bad_array})
    end
  end

  defp object("}" <> r, acc), do: {acc, r}
  defp object("\"" <> r, acc) do
    {k, r} = string(r, [])
    r =
      case skip(r) do
        ":" <> r -> r
        _ -> throw({:json_error, :expected_colon})
      end

    {v, r} = value(skip(r))
    acc = Map.put(acc, k, v)
    case skip(r) do
      "," <> r -> object(skip(r), acc)
      "}" <> r -> {acc, r}
      _ -> throw({:json_error, :bad_object})
    end
  end
  defp object(_, _), do: throw({:json_error, :bad_key})
end

doc = %{name: "Zoë \"Z\"", tags: [:a, "b\n"], n: 1.5e10, ok: true, none: nil, nested: %{list: [1, [2, [3]]], ctrl: "\u0001"}}
enc = JSON.encode(doc)
IO.puts(enc)
IO.inspect(JSON.decode(enc))
IO.inspect(JSON.decode(~s({"a": [1, 2.5, -3e2, {"b": null}], "c": "\\u00e9t\\u00e9"} )))
for bad <- [~s({"a" 1}), "[1, 2", ~s("abc), "[1,]x", "{}", "tru", "[] x", ""] do
  IO.inspect({bad, JSON.decode(bad)})
end
big = Enum.map(1..200, fn i -> %{id: i, name: "item#{i}", price: i * 1.25, tags: Enum.take(~w(x y z w), rem(i, 4))} end)
s = JSON.encode(big)
IO.puts(byte_size(s))
{:ok, back} = JSON.decode(s)
IO.inspect(length(back))
IO.inspect(Enum.at(back, 99))
IO.inspect(back |> Enum.map(& &1["price"]) |> Enum.sum())
