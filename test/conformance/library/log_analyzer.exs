# Parsing an access log: regex captures, grouping, percentiles and a formatted report.
log = """
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
10.0.0.5 - alice [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 302 512 0.230
10.0.0.5 - alice [10/Oct/2023:13:56:02 +0000] "GET /api/items?page=2 HTTP/1.1" 200 10423 0.087
192.168.1.9 - - [10/Oct/2023:13:57:11 +0000] "GET /missing HTTP/1.1" 404 0 0.003
127.0.0.1 - - [10/Oct/2023:13:58:00 +0000] "GET /index.html HTTP/1.1" 304 0 0.001
10.0.0.7 - bob [10/Oct/2023:14:01:19 +0000] "DELETE /api/items/7 HTTP/1.1" 500 88 1.402
bad line here
10.0.0.5 - alice [10/Oct/2023:14:02:45 +0000] "GET /api/items HTTP/1.1" 200 9800 0.095
"""

re = ~r/^(?<ip>\S+) \S+ (?<user>\S+) \[(?<time>[^\]]+)\] "(?<method>[A-Z]+) (?<path>\S+) [^"]+" (?<status>\d{3}) (?<bytes>\d+) (?<secs>[\d.]+)$/

{entries, bad} =
  log
  |> String.split("\n", trim: true)
  |> Enum.map(fn line -> Regex.named_captures(re, line) || {:bad, line} end)
  |> Enum.split_with(&is_map/1)

IO.puts("parsed #{length(entries)} entries, #{length(bad)} bad")

entries =
  Enum.map(entries, fn e ->
    %{e | "status" => String.to_integer(e["status"]), "bytes" => String.to_integer(e["bytes"]),
          "secs" => String.to_float(e["secs"])}
    |> Map.update!("path", fn p -> p |> URI.parse() |> Map.get(:path) end)
  end)

by_status = Enum.frequencies_by(entries, &div(&1["status"], 100))
IO.inspect(by_status, label: "status classes")

by_user =
  entries
  |> Enum.reject(&(&1["user"] == "-"))
  |> Enum.group_by(& &1["user"], & &1["path"])
IO.inspect(by_user, label: "paths by user")

times = entries |> Enum.map(& &1["secs"]) |> Enum.sort()
percentile = fn p -> Enum.at(times, min(length(times) - 1, trunc(p / 100 * length(times)))) end
IO.puts("p50=#{percentile.(50)} p90=#{percentile.(90)} max=#{List.last(times)}")

total = Enum.sum(Enum.map(entries, & &1["bytes"]))
IO.puts("total bytes: #{total} (#{Float.round(total / 1024, 2)} KiB)")

IO.puts(String.pad_trailing("PATH", 20) <> String.pad_leading("HITS", 6) <> String.pad_leading("AVG ms", 10))
entries
|> Enum.group_by(& &1["path"])
|> Enum.map(fn {path, es} -> {path, length(es), Enum.sum(Enum.map(es, & &1["secs"])) / length(es) * 1000} end)
|> Enum.sort_by(fn {path, hits, _} -> {-hits, path} end)
|> Enum.each(fn {path, hits, avg} ->
  IO.puts(String.pad_trailing(path, 20) <> String.pad_leading(Integer.to_string(hits), 6) <>
          String.pad_leading(:erlang.float_to_binary(avg, decimals: 1), 10))
end)

slow = for %{"secs" => s, "method" => m, "path" => p} <- entries, s > 0.2, do: "#{m} #{p}"
IO.inspect(slow, label: "slow")
IO.inspect(Enum.map(bad, &elem(&1, 1)), label: "unparsed")
