defmodule LogStats do
  @line ~r/^(?<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?<ts>[^\]]+)\] "(?<method>[A-Z]+) (?<path>\S+) HTTP\/1\.[01]" (?<status>\d{3}) (?<bytes>\d+|-)$/

  def parse(line) do
    case Regex.named_captures(@line, line) do
      nil -> {:error, line}
      m -> {:ok, %{m | "status" => String.to_integer(m["status"]), "bytes" => parse_bytes(m["bytes"])}}
    end
  end

  defp parse_bytes("-"), do: 0
  defp parse_bytes(b), do: String.to_integer(b)

  def summarize(entries) do
    %{
      total: length(entries),
      by_status: Enum.frequencies_by(entries, &div(&1["status"], 100)) |> Enum.sort(),
      top_paths: entries |> Enum.frequencies_by(& &1["path"]) |> Enum.sort_by(fn {p, n} -> {-n, p} end) |> Enum.take(3),
      bytes: entries |> Enum.map(& &1["bytes"]) |> Enum.sum(),
      ips: entries |> Enum.map(& &1["ip"]) |> Enum.uniq() |> length()
    }
  end
end

defmodule Main do
  def run do
    {ok, bad} =
      IO.stream(:stdio, :line)
      |> Stream.map(&String.trim_trailing(&1, "\n"))
      |> Stream.reject(&(&1 == ""))
      |> Enum.map(&LogStats.parse/1)
      |> Enum.split_with(&match?({:ok, _}, &1))
    entries = Enum.map(ok, &elem(&1, 1))
    IO.inspect(LogStats.summarize(entries), pretty: true)
    Enum.each(bad, fn {:error, l} -> IO.puts(:stderr, "bad line: #{inspect(l)}") end)
    IO.puts("bad: #{length(bad)}")
    times = Enum.map(entries, fn e -> e["ts"] |> String.split([":", " "]) |> Enum.at(1) end) |> Enum.frequencies()
    IO.inspect(times)
    IO.inspect(Regex.scan(~r/\/(\w+)/, "/a/bb/ccc", capture: :all_but_first))
    IO.inspect(Regex.run(~r/(\d+)-(\d+)/, "range 10-20 and 30-40", return: :index))
    IO.inspect(Regex.replace(~r/(\w+)@(\w+)/, "ann@home bob@work", "\\2:\\1"))
    IO.inspect(Regex.split(~r/\s*,\s*/, "a , b,c ,  d", parts: 3))
    IO.inspect(Regex.names(~r/(?<y>\d{4})-(?<m>\d\d)/))
    IO.inspect(Regex.match?(~r/^\p{Lu}/u, "Élan"))
    IO.inspect(String.match?("foo.bar", ~r/\./))
    IO.inspect(Regex.escape("a.b*c?"))
    IO.inspect(Regex.source(~r/x+/m))
    IO.inspect(Regex.opts(~r/x+/im))
    IO.inspect(Regex.compile("(unclosed"))
    IO.inspect(Regex.scan(~r/(?i)abc/, "ABC abc AbC"))
    IO.inspect(Regex.replace(~r/\s+/, "  lots   of   space ", " "))
    IO.inspect(Regex.run(~r/a(?=b)/, "ac ab"))
    IO.inspect(Regex.scan(~r/\b\w/, "hello big world") |> List.flatten())
    IO.inspect("2024-01-05" =~ ~r/^\d{4}-\d{2}-\d{2}$/)
    IO.inspect(Regex.replace(~r/(?<word>\w+)/, "hi there", fn _, w -> String.reverse(w) end))
    IO.inspect(Regex.run(~r/x*/, ""))
    IO.inspect(Regex.split(~r//, "abc"))
    IO.inspect(Regex.scan(~r/./s, "a\nb"))
    IO.inspect(Regex.run(~r/^b$/m, "a\nb\nc"))
    IO.inspect(Regex.replace(~r/a|/, "bab", "-"))
  end
end

Main.run()
