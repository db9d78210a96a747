defmodule TinyJSON do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(s) when is_binary(s), do: [?", escape(s), ?"] |> IO.iodata_to_binary()
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ",", &encode/1) <> "]"
  def encode(m) when is_map(m) do
    "{" <> (m |> Enum.sort() |> Enum.map_join(",", fn {k, v} -> encode(to_string(k)) <> ":" <> encode(v) end)) <> "}"
  end

  defp escape(s) do
    for <<c <- s>>, into: "" do
      case c do
        ?" -> "\\\""
        ?\\ -> "\\\\"
        ?\n -> "\\n"
        c when c < 0x20 -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
        c -> <<c>>
      end
    end
  end

  def decode(s) do
    case value(skip(s)) do
      {v, rest} ->
        case skip(rest) do
          "" -> {:ok, v}
          other -> {:error, {:trailing, other}}
        end
    end
  catch
    {:json_error, why} -> {:error, why}
  end

  defp skip(<<c, r::binary>>) when c in ' \n\t\r', do: skip(r)
  defp skip(s), do: s

  defp value("null" <> r), do: {nil, r}
  defp value("true" <> r), do: {true, r}
  defp value("false" <> r), do: {false, r}
  defp value("\"" <> r), do: string(r, [])
  defp value("[" <> r), do: array(skip(r), [])
  defp value("{" <> r), do: object(skip(r), %{})
  defp value(<<c, _::binary>> = s) when c in '-0123456789' do
    case Regex.run(~r/^-?\d+(\.\d+)?([eE][-+]?\d+)?/, s) do
      [num | groups] ->
        rest = binary_part(s, byte_size(num), byte_size(s) - byte_size(num))
        v = if groups == [], do: String.to_integer(num), else: (if String.contains?(num, "."), do: String.to_float(num), else: String.to_integer(num))
        {v, rest}
    end
  end
  defp value(other), do: throw({:json_error, {:unexpected, String.slice(other, 0, 5)}})

  defp string("\"" <> r, acc), do: {acc |> Enum.reverse() |> IO.iodata_to_binary(), r}
  defp string("\\n" <> r, acc), do: string(r, ["\n" | acc])
  defp string("\\\"" <> r, acc), do: string(r, ["\"" | acc])
  defp string(<<c::utf8, r::binary>>, acc), do: string(r, [<<c::utf8>> | acc])
  defp string("", _), do: throw({:json_error, :unterminated_string})

  defp array("]" <> r, acc), do: {Enum.reverse(acc), r}
  defp array(s, acc) do
    {v, r} = value(skip(s))
    case skip(r) do
      "," <> r -> array(skip(r), [v | acc])
      "]" <> r -> {Enum.reverse([v | acc]), r}
      _ -> throw({:json_error, :bad_array})
    end
  end

  defp object("}" <> r, acc), do: {acc, r}
  defp object("\"" <> s, acc) do
    {k, r} = string(s, [])
    ":" <> r = skip(r)
    {v, r} = value(skip(r))
    case skip(r) do
      "," <> r -> object(skip(r), Map.put(acc, k, v))
      "}" <> r -> {Map.put(acc, k, v), r}
    end
  end
end

data = %{name: "Ünïcode \"q\"\n", list: [1, 2.5, nil, true, %{x: -3}], empty: %{}, e: []}
json = TinyJSON.encode(data)
IO.puts(json)
IO.inspect(TinyJSON.decode(json))
IO.inspect(TinyJSON.decode(~s([1, 2, {"a": [true, false]}] )))
IO.inspect(TinyJSON.decode("[1, 2"))
IO.inspect(TinyJSON.decode("[1] x"))
IO.inspect(TinyJSON.decode("1.5e3"))
IO.inspect(TinyJSON.decode("\"abc"))
IO.inspect(TinyJSON.decode("@"))
IO.inspect(TinyJSON.encode("tab\there"))
{:ok, v} = TinyJSON.decode(json)
IO.inspect(v, pretty: true, width: 30, label: "decoded")
