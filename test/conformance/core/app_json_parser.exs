defmodule MiniJSON do
  def parse(s) do
    {v, rest} = value(skip(s))
    if skip(rest) == "", do: {:ok, v}, else: {:error, {:trailing, skip(rest)}}
  catch
    {:error, _} = e -> e
  end

  defp skip(<<c, r::binary>>) when c in ' \n\t\r', do: skip(r)
  defp skip(s), do: s

  defp value("null" <> r), do: {nil, r}
  defp value("true" <> r), do: {true, r}
  defp value("false" <> r), do: {false, r}
  defp value("\"" <> r), do: str(r, "")
  defp value("[" <> r), do: arr(skip(r), [])
  defp value("{" <> r), do: obj(skip(r), %{})
  defp value(<<c, _::binary>> = s) when c in ?0..?9 or c == ?-, do: num(s)
  defp value(s), do: throw({:error, {:unexpected, String.slice(s, 0, 5)}})

  defp str("\"" <> r, acc), do: {acc, r}
  defp str("\\n" <> r, acc), do: str(r, acc <> "\n")
  defp str("\\\"" <> r, acc), do: str(r, acc <> "\"")
  defp str(<<c::utf8, r::binary>>, acc), do: str(r, acc <> <<c::utf8>>)
  defp str("", _), do: throw({:error, :unterminated_string})

  defp num(s) do
    case Integer.parse(s) do
      {i, "." <> _} -> {f, r} = Float.parse(s); _ = i; {f, r}
      {i, r} -> {i, r}
    end
  end

  defp arr("]" <> r, acc), do: {Enum.reverse(acc), r}
  defp arr(s, acc) do
    {v, r} = value(skip(s))
    case skip(r) do
      "," <> r2 -> arr(skip(r2), [v | acc])
      "]" <> r2 -> {Enum.reverse([v | acc]), r2}
      _ -> throw({:error, :bad_array})
    end
  end

  defp obj("}" <> r, acc), do: {acc, r}
  defp obj("\"" <> s, acc) do
    {k, r} = str(s, "")
    ":" <> r2 = skip(r)
    {v, r3} = value(skip(r2))
    case skip(r3) do
      "," <> r4 -> obj(skip(r4), Map.put(acc, k, v))
      "}" <> r4 -> {Map.put(acc, k, v), r4}
      _ -> throw({:error, :bad_object})
    end
  end
end

IO.inspect(MiniJSON.parse(~s({"name": "beamlet", "tags": ["vm", "ts"], "n": -12, "pi": 3.14, "ok": true, "none": null})))
IO.inspect(MiniJSON.parse(~s([1, [2, [3, {"a": "x\\ny"}]]])))
IO.inspect(MiniJSON.parse(~s({"a": 1,})))
IO.inspect(MiniJSON.parse(~s([1 2])))
IO.inspect(MiniJSON.parse(~s("open)))
IO.inspect(MiniJSON.parse(~s(  42  )))
IO.inspect(MiniJSON.parse(~s(42 x)))
