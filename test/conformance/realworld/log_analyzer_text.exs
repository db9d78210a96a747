log = """
2024-03-01T10:00:01Z INFO  [web] GET /index.html 200 12ms ua="Mozilla/5.0"
2024-03-01T10:00:02Z WARN  [db] slow query: SELECT * FROM users WHERE id = 42 (1203ms)
2024-03-01T10:00:02Z INFO  [web] POST /api/login 401 33ms ua="curl/8.0"
2024-03-01T10:00:05Z ERROR [web] GET /api/orders 500 250ms ua="Mozilla/5.0" error="timeout"
2024-03-01T10:01:00Z INFO  [auth] user=ann logged_in
2024-03-01T10:01:30Z INFO  [web] GET /index.html 304 3ms ua="Safari"
2024-03-01T10:02:00Z DEBUG [cache] hit ratio=0.93
garbage line without structure
2024-03-01T10:03:00Z ERROR [db] connection reset by peer
"""

line_re = ~r/^(?<ts>\S+)\s+(?<level>[A-Z]+)\s+\[(?<src>\w+)\]\s+(?<msg>.*)$/
request_re = ~r/(?<method>GET|POST|PUT|DELETE) (?<path>\S+) (?<status>\d{3}) (?<ms>\d+)ms/

entries =
  log
  |> String.split("\n", trim: true)
  |> Enum.map(fn line ->
    case Regex.named_captures(line_re, line) do
      nil -> {:unparsed, line}
      caps -> {:ok, Map.update!(caps, "level", &String.to_atom(String.downcase(&1)))}
    end
  end)

{parsed, unparsed} = Enum.split_with(entries, &match?({:ok, _}, &1))
parsed = Enum.map(parsed, &elem(&1, 1))
IO.puts("parsed #{length(parsed)}, unparsed #{length(unparsed)}: #{inspect(Enum.map(unparsed, &elem(&1, 1)))}")

parsed
|> Enum.frequencies_by(& &1["level"])
|> Enum.sort_by(fn {l, _} -> Enum.find_index([:debug, :info, :warn, :error], &(&1 == l)) end)
|> Enum.each(fn {l, n} -> IO.puts(String.pad_trailing(String.upcase(to_string(l)), 6, ".") <> String.pad_leading("#{n}", 3)) end)

requests =
  for e <- parsed, caps = Regex.named_captures(request_re, e["msg"]), caps != nil do
    %{method: caps["method"], path: caps["path"], status: String.to_integer(caps["status"]), ms: String.to_integer(caps["ms"])}
  end

IO.inspect(requests |> Enum.map(& &1.ms) |> then(&{Enum.min(&1), Enum.max(&1), div(Enum.sum(&1), length(&1))}))
IO.inspect(requests |> Enum.group_by(&div(&1.status, 100), & &1.path))
IO.inspect(Regex.scan(~r/(\w+)="([^"]*)"/, log) |> Enum.map(fn [_, k, v] -> {k, v} end) |> Enum.uniq())
IO.inspect(Regex.scan(~r/\((\d+)ms\)/, log, capture: :all_but_first) |> List.flatten())
IO.inspect(String.split(log, ~r/\s+/, trim: true) |> length())
IO.inspect(log |> String.split("\n") |> Enum.map(&String.length/1) |> Enum.max())
IO.inspect(Regex.replace(~r/user=(\w+)/, log, fn _, u -> "user=" <> String.duplicate("*", String.length(u)) end) |> String.contains?("user=***"))
IO.inspect(Regex.replace(~r/\d+ms/, "took 12ms and 7ms", "<\\0>"))
IO.inspect(Regex.replace(~r/(?<a>\w)(?<b>\w)/, "abcd", "\\g{2}\\g{1}"))
IO.inspect(String.replace("a.b.c", ".", "-", global: false))
IO.inspect(String.replace("aaa", "a", fn m -> m <> "!" end))
IO.inspect(String.split("k1=v1;k2=v2;;k3", ";", parts: 2))
IO.inspect(String.splitter("a b c", " ") |> Enum.take(2))
IO.inspect(String.split_at("héllo", 2))
IO.inspect(String.slice("héllo wörld", 3..-3))
IO.inspect(String.slice("héllo", -3, 2))
IO.inspect(String.at("héllo", 1))
IO.inspect(String.jaro_distance("martha", "marhta"))
IO.inspect(String.myers_difference("kitten", "sitting"))
IO.inspect(String.bag_distance("abc", "abd"))
IO.inspect(String.starts_with?("ERROR: x", ["WARN", "ERROR"]))
IO.inspect(String.ends_with?("file.tar.gz", ".gz"))
IO.inspect(String.capitalize("élan VITAL"))
IO.inspect(String.upcase("straße"))
IO.inspect(String.downcase("ΣΑΣ"))
IO.inspect(String.reverse("noël"))
IO.inspect(String.trim_leading("xxhixx", "x"))
IO.inspect(String.trim_trailing("  hi \n"))
IO.inspect(String.pad_leading("7", 3, ["0", "-"]))
IO.inspect(String.to_charlist("hé"))
IO.inspect(String.first("") || :empty)
IO.inspect(String.last("abc"))
IO.inspect(String.graphemes("e\u0301a") |> length())
IO.inspect(String.normalize("e\u0301", :nfc) == "é")
IO.inspect(String.equivalent?("e\u0301", "é"))
IO.inspect(String.printable?("abc\x01"))
IO.inspect(String.chunk("abc123def", :printable))
IO.inspect(String.contains?("abc", ["x", "bc"]))
IO.inspect(length(String.split("a,b,,c", ",")))
IO.inspect(~w(apple banana cherry)a)
IO.inspect(~w(a b c)c)
IO.inspect(Regex.match?(~r/^\p{Lu}/u, "Élan"))
IO.inspect(Regex.run(~r/(?i)hello/, "say HeLLo"))
IO.inspect(Regex.run(~r/a(?=b)/, "acab", return: :index))
IO.inspect(Regex.split(~r/,\s*/, "a, b,c,   d", parts: 3))
IO.inspect(Regex.escape("a.b*c?"))
IO.inspect(Regex.compile("a(b"))
IO.inspect(Regex.compile!("x+", "i") |> Regex.opts())
