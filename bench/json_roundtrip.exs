# a JSON-like encoder to iodata and a decoder by binary clauses, over 4,000 records, five times
defmodule J do
  def enc(m) when is_map(m), do: ["{", Enum.map_intersperse(m, ",", fn {k, v} -> [enc(k), ":", enc(v)] end), "}"]
  def enc(l) when is_list(l), do: ["[", Enum.map_intersperse(l, ",", &enc/1), "]"]
  def enc(s) when is_binary(s), do: [?", s, ?"]
  def enc(n) when is_integer(n), do: Integer.to_string(n)
  def enc(true), do: "true"
  def enc(false), do: "false"
  def enc(nil), do: "null"

  def dec(b) do
    {v, rest} = val(ws(b))
    "" = ws(rest)
    v
  end
  defp ws(<<c, r::binary>>) when c in [?\s, ?\n, ?\t], do: ws(r)
  defp ws(b), do: b
  defp val(<<?{, r::binary>>), do: obj(ws(r), %{})
  defp val(<<?[, r::binary>>), do: arr(ws(r), [])
  defp val(<<?", r::binary>>), do: str(r, [])
  defp val(<<"true", r::binary>>), do: {true, r}
  defp val(<<"false", r::binary>>), do: {false, r}
  defp val(<<"null", r::binary>>), do: {nil, r}
  defp val(b), do: num(b, 0)
  defp num(<<c, r::binary>>, acc) when c in ?0..?9, do: num(r, acc * 10 + c - ?0)
  defp num(r, acc), do: {acc, r}
  defp str(<<?", r::binary>>, acc), do: {IO.iodata_to_binary(Enum.reverse(acc)), r}
  defp str(<<c, r::binary>>, acc), do: str(r, [c | acc])
  defp obj(<<?}, r::binary>>, m), do: {m, r}
  defp obj(b, m) do
    {k, r} = val(b)
    <<?:, r::binary>> = ws(r)
    {v, r} = val(ws(r))
    case ws(r) do
      <<?,, r::binary>> -> obj(ws(r), Map.put(m, k, v))
      <<?}, r::binary>> -> {Map.put(m, k, v), r}
    end
  end
  defp arr(<<?], r::binary>>, acc), do: {Enum.reverse(acc), r}
  defp arr(b, acc) do
    {v, r} = val(b)
    case ws(r) do
      <<?,, r::binary>> -> arr(ws(r), [v | acc])
      <<?], r::binary>> -> {Enum.reverse([v | acc]), r}
    end
  end
end
defmodule Bench do
  def run do
    data = for i <- 1..4000, do: %{"id" => i, "name" => "user#{i}", "tags" => ["a", "bb", "ccc"], "active" => rem(i, 2) == 0, "score" => i * 7, "x" => nil}
    Enum.reduce(1..5, {0, true}, fn _, {n, same} ->
      bin = IO.iodata_to_binary(J.enc(data))
      back = J.dec(bin)
      {n + byte_size(bin), same and back == data}
    end)
  end
end

{us, {n, same}} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("json roundtrip #{n} #{if same and n == 1_811_010, do: "ok", else: "WRONG"}")
