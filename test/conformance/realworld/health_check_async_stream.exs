# A health checker: probes run in parallel with Task.async_stream, results folded into a report.
# The last run forgets the {:exit, reason} clause, so the consumer's fn crashes.
defmodule Probe do
  @services %{
    "auth" => {:ok, 12},
    "billing" => {:ok, 230},
    "search" => {:error, :econnrefused},
    "mailer" => :hang,
    "cache" => {:ok, 3}
  }

  def services, do: @services |> Map.keys() |> Enum.sort()

  def check(name) do
    case Map.fetch!(@services, name) do
      {:ok, ms} -> Process.sleep(div(ms, 10)); {name, :up, ms}
      {:error, reason} -> {name, :down, reason}
      :hang -> Process.sleep(3000); {name, :up, 4000}
    end
  end
end

defmodule Report do
  def line({:ok, {name, :up, ms}}) when ms > 200, do: "#{String.pad_trailing(name, 8)} SLOW #{ms}ms"
  def line({:ok, {name, :up, ms}}), do: "#{String.pad_trailing(name, 8)} up   #{ms}ms"
  def line({:ok, {name, :down, reason}}), do: "#{String.pad_trailing(name, 8)} DOWN #{inspect(reason)}"
  def line({:exit, reason}), do: "?        timeout #{inspect(reason)}"
end

stream = Task.async_stream(Probe.services(), &Probe.check/1, timeout: 400, on_timeout: :kill_task, max_concurrency: 5)
stream |> Enum.map(&Report.line/1) |> Enum.each(&IO.puts/1)

summary =
  stream
  |> Enum.reduce(%{up: 0, down: 0, timeout: 0}, fn
    {:ok, {_, :up, _}}, acc -> Map.update!(acc, :up, &(&1 + 1))
    {:ok, {_, :down, _}}, acc -> Map.update!(acc, :down, &(&1 + 1))
    {:exit, :timeout}, acc -> Map.update!(acc, :timeout, &(&1 + 1))
  end)
IO.inspect(summary, label: "summary")

# a fn that misses a case, over a stream that is a function (Task.async_stream's): the raw frames
# name Enum's inlined reduce fn as Elixir's compiler does
try do
  Enum.map(stream, fn {:ok, {name, _, _}} -> name end)
rescue
  e in FunctionClauseError ->
    IO.puts(Exception.format_banner(:error, e))
    for {m, f, a, loc} <- Enum.take(__STACKTRACE__, 5) do
      IO.inspect({m, f, if(is_list(a), do: a, else: a), loc})
    end
end

# the same fns over streams that are structs, functions and lists
bad = fn {:ok, v} -> v end
for {kind, s} <- [struct: Stream.map([1], & &1), function: Stream.resource(fn -> 0 end, fn 0 -> {[2], 1}; 1 -> {:halt, 1} end, fn _ -> :ok end), list: [3]] do
  for {name, call} <- [map: &Enum.map(&1, bad), filter: &Enum.filter(&1, bad), each: &Enum.each(&1, bad), reduce: &Enum.reduce(&1, 0, fn x, _ -> bad.(x) end), count: &Enum.count(&1, bad), flat_map: &Enum.flat_map(&1, bad)] do
    try do
      call.(s)
    rescue
      FunctionClauseError -> IO.inspect(__STACKTRACE__ |> Enum.take(3) |> Enum.map(fn {m, f, a, _} -> {m, f, if(is_list(a), do: length(a), else: a)} end), label: "#{kind} #{name}")
    end
  end
end

stream
|> Enum.map(fn
  {:ok, {name, :up, _}} -> {name, :up}
  {:ok, {name, :down, _}} -> {name, :down}
end)
|> IO.inspect()
