defmodule LogGen do
  @levels ~w(INFO INFO INFO WARN ERROR DEBUG)
  @paths ~w(/ /login /api/items /api/items/42 /static/app.js /api/orders)

  def stream(seed) do
    Stream.unfold(seed, fn s ->
      s = rem(s * 1_103_515_245 + 12_345, 2_147_483_648)
      {s, s}
    end)
    |> Stream.with_index()
    |> Stream.map(fn {r, i} ->
      level = Enum.at(@levels, rem(r, length(@levels)))
      path = Enum.at(@paths, rem(div(r, 7), length(@paths)))
      ms = rem(div(r, 13), 900) + 5
      ts = NaiveDateTime.add(~N[2023-03-01 12:00:00], i * 17, :second)
      "#{NaiveDateTime.to_iso8601(ts)} [#{level}] GET #{path} #{ms}ms"
    end)
  end
end

defmodule Analyzer do
  @line ~r/^(?<ts>\S+) \[(?<level>\w+)\] (?<method>\w+) (?<path>\S+) (?<ms>\d+)ms$/

  def parse(line) do
    case Regex.named_captures(@line, line) do
      nil -> {:error, line}
      %{"ms" => ms, "ts" => ts} = m ->
        {:ok, %{m | "ms" => String.to_integer(ms), "ts" => NaiveDateTime.from_iso8601!(ts)}}
    end
  end

  def windows(stream, seconds) do
    stream
    |> Stream.chunk_while(
      nil,
      fn %{"ts" => ts} = e, acc ->
        case acc do
          nil -> {:cont, {ts, [e]}}
          {start, es} ->
            if NaiveDateTime.diff(ts, start) < seconds,
              do: {:cont, {start, [e | es]}},
              else: {:cont, {start, Enum.reverse(es)}, {ts, [e]}}
        end
      end,
      fn
        nil -> {:cont, nil}
        {start, es} -> {:cont, {start, Enum.reverse(es)}, nil}
      end
    )
  end
end

lines = LogGen.stream(42) |> Enum.take(60)
IO.puts(Enum.take(lines, 3) |> Enum.join("\n"))

parsed = lines |> Stream.concat(["garbage line"]) |> Stream.map(&Analyzer.parse/1)
{ok, bad} = Enum.split_with(parsed, &match?({:ok, _}, &1))
IO.inspect(bad, label: "unparsed")
events = Enum.map(ok, &elem(&1, 1))

events
|> Analyzer.windows(120)
|> Stream.map(fn {start, es} ->
  errors = Enum.count(es, &(&1["level"] == "ERROR"))
  p = es |> Enum.map(& &1["ms"]) |> Enum.sort()
  p95 = Enum.at(p, round(length(p) * 0.95) - 1)
  "#{Calendar.strftime(start, "%H:%M:%S")} n=#{length(es)} errors=#{errors} p95=#{p95}ms"
end)
|> Enum.each(&IO.puts/1)

IO.inspect(events |> Enum.frequencies_by(& &1["level"]) |> Enum.sort(), label: "levels")

slowest = events |> Enum.sort_by(& &1["ms"], :desc) |> Enum.take(3) |> Enum.map(&{&1["path"], &1["ms"]})
IO.inspect(slowest, label: "slowest")

running =
  events
  |> Stream.map(& &1["ms"])
  |> Stream.scan({0, 0}, fn ms, {n, sum} -> {n + 1, sum + ms} end)
  |> Stream.map(fn {n, sum} -> Float.round(sum / n, 1) end)
  |> Stream.take_every(10)
  |> Enum.to_list()
IO.inspect(running, label: "running avg")

dedup = events |> Stream.map(& &1["path"]) |> Stream.dedup() |> Enum.take(8)
IO.inspect(dedup, label: "dedup")

by_path =
  events
  |> Enum.group_by(& &1["path"], & &1["ms"])
  |> Map.new(fn {p, ms} -> {p, {length(ms), Enum.max(ms), div(Enum.sum(ms), length(ms))}} end)
IO.inspect(by_path, label: "by path")

zipped = Stream.zip([Stream.cycle([:a, :b]), 1..5, Stream.iterate(1, &(&1 * 3))]) |> Enum.to_list()
IO.inspect(zipped, label: "zip")
res = Stream.resource(fn -> 3 end, fn 0 -> {:halt, 0}; n -> {[n, -n], n - 1} end, fn _ -> IO.puts("resource closed") end)
IO.inspect(Enum.to_list(res), label: "resource")
IO.inspect(Stream.transform(1..10, 0, fn x, acc -> if acc > 10, do: {:halt, acc}, else: {[x * 2], acc + x} end) |> Enum.to_list(), label: "transform")
IO.inspect(1..20 |> Stream.chunk_every(6, 4, :discard) |> Enum.to_list(), label: "chunks")
IO.inspect(Stream.intersperse(1..4, 0) |> Enum.to_list(), label: "intersperse")
