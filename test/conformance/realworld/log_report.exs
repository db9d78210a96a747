defmodule LogLine do
  defstruct [:ts, :level, :module, :message, :duration_ms]

  @re ~r/^(?<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\s+\[(?<level>[a-z]+)\]\s+(?<module>[\w.]+):\s+(?<message>.*?)(?:\s+\((?<dur>\d+)ms\))?$/

  def parse(line) do
    case Regex.named_captures(@re, String.trim_trailing(line)) do
      nil ->
        {:error, {:bad_line, line}}

      %{"ts" => ts, "level" => level, "module" => mod, "message" => msg, "dur" => dur} ->
        {:ok, dt, 0} = DateTime.from_iso8601(ts)

        {:ok,
         %__MODULE__{
           ts: dt,
           level: String.to_atom(level),
           module: mod,
           message: msg,
           duration_ms: if(dur == "", do: nil, else: String.to_integer(dur))
         }}
    end
  end
end

defmodule Report do
  def run(text) do
    {ok, bad} =
      text
      |> String.split("\n", trim: true)
      |> Stream.map(&LogLine.parse/1)
      |> Enum.split_with(&match?({:ok, _}, &1))

    lines = Enum.map(ok, fn {:ok, l} -> l end)
    IO.puts("parsed #{length(lines)} lines, #{length(bad)} bad")
    for {:error, {:bad_line, l}} <- bad, do: IO.puts("  bad: #{inspect(l)}")

    lines
    |> Enum.frequencies_by(& &1.level)
    |> Enum.sort_by(fn {lvl, n} -> {-n, lvl} end)
    |> Enum.each(fn {lvl, n} -> IO.puts(String.pad_trailing("#{lvl}", 8) <> String.pad_leading("#{n}", 4)) end)

    by_mod =
      lines
      |> Enum.filter(& &1.duration_ms)
      |> Enum.group_by(& &1.module, & &1.duration_ms)
      |> Enum.map(fn {m, ds} ->
        {m, length(ds), Enum.sum(ds) / length(ds), Enum.max(ds)}
      end)
      |> Enum.sort()

    IO.puts("\nmodule                 calls   avg    max")
    for {m, n, avg, mx} <- by_mod do
      :io.format("~-22s ~5B ~6.1f ~6B~n", [m, n, avg, mx])
    end

    first = Enum.min_by(lines, & &1.ts, DateTime)
    last = Enum.max_by(lines, & &1.ts, DateTime)
    IO.puts("\nspan: #{DateTime.diff(last.ts, first.ts)}s from #{first.ts} to #{last.ts}")

    errors = Enum.filter(lines, &(&1.level == :error))
    IO.inspect(Enum.map(errors, &{&1.module, &1.message}), label: "errors")

    lines
    |> Enum.chunk_by(&{&1.ts.hour, &1.ts.minute})
    |> Enum.map(fn chunk -> {Calendar.strftime(hd(chunk).ts, "%H:%M"), length(chunk)} end)
    |> IO.inspect(label: "per minute")

    words =
      lines
      |> Stream.flat_map(&String.split(&1.message, ~r/[^\w']+/u, trim: true))
      |> Stream.map(&String.downcase/1)
      |> Stream.reject(&(String.length(&1) < 4))
      |> Enum.frequencies()
      |> Enum.sort_by(fn {w, c} -> {-c, w} end)
      |> Enum.take(5)

    IO.inspect(words, label: "top words")
    IO.inspect(hd(lines), label: "first")
  end
end

log = """
2023-03-01T10:00:01Z [info] Web.Router: GET /users (12ms)
2023-03-01T10:00:02.250Z [info] Web.Router: GET /users/42 (8ms)
2023-03-01T10:00:05Z [warning] Repo.Pool: slow checkout for user query (230ms)
garbage line here
2023-03-01T10:01:00Z [error] Billing.Worker: charge failed for invoice 991: timeout
2023-03-01T10:01:07Z [info] Web.Router: POST /invoices (45ms)
2023-03-01T10:01:09Z [debug] Repo.Pool: checkout user query (3ms)

2023-03-01T10:02:30Z [error] Billing.Worker: charge failed for invoice 992: declined
2023-03-01T10:02:31Z [info] Web.Router: GET /health (1ms)
2023-03-01 10:03:00 [info] Bad.Format: nope
"""

Report.run(log)
