require Logger
defmodule FakeHTTP do
  # deterministic "latency" in virtual ms, keyed by url
  def get("https://" <> host = url) do
    delay = rem(:erlang.phash2(host), 40) + 5
    Process.sleep(delay)
    cond do
      String.contains?(host, "slow") -> Process.sleep(2_000); {:ok, 200, url}
      String.contains?(host, "down") -> {:error, :econnrefused}
      String.contains?(host, "crash") -> raise ArgumentError, "bad host #{host}"
      true -> {:ok, 200, "<html>#{String.length(host)}</html>"}
    end
  end
end

defmodule Crawler do
  def fetch_all(urls, opts \\ []) do
    urls
    |> Task.async_stream(&FakeHTTP.get/1, Keyword.merge([max_concurrency: 3, timeout: 500, on_timeout: :kill_task], opts))
    |> Enum.zip(urls)
    |> Enum.map(fn
      {{:ok, {:ok, status, body}}, url} -> {url, status, byte_size(body)}
      {{:ok, {:error, reason}}, url} -> {url, :error, reason}
      {{:exit, reason}, url} -> {url, :exit, reason}
    end)
  end
end

defmodule Main do
  def run do
    urls = ~w(https://a.example https://b.example https://down.example https://slow.example https://c.example)
    for row <- Crawler.fetch_all(urls), do: IO.inspect(row)

    unordered = urls |> Task.async_stream(&String.length/1, ordered: false) |> Enum.map(fn {:ok, n} -> n end) |> Enum.sort()
    IO.inspect(unordered, label: "unordered")

    # zip_input_on_exit is 1.14? no; use Stream + take
    first_two = 1..1_000_000 |> Task.async_stream(&(&1 * &1), max_concurrency: 2) |> Stream.map(&elem(&1, 1)) |> Enum.take(5)
    IO.inspect(first_two, label: "lazy")

    # Task.yield_many with a mix of fast and slow tasks
    tasks = for ms <- [10, 50, 3000], do: Task.async(fn -> Process.sleep(ms); ms end)
    results =
      tasks
      |> Task.yield_many(1000)
      |> Enum.map(fn {task, res} -> res || Task.shutdown(task, :brutal_kill) end)
    IO.inspect(results, label: "yield_many")

    # a crash inside async_stream kills the caller (linked); trap it
    Process.flag(:trap_exit, true)
    parent = self()
    pid = spawn_link(fn ->
      Crawler.fetch_all(["https://crash.example"])
      send(parent, :not_reached)
    end)
    receive do
      {:EXIT, ^pid, {%ArgumentError{message: m}, _}} ->
        Logger.flush()
        IO.puts("crawler died: #{m}")
    after
      5000 -> IO.puts("no exit")
    end

    # Task.Supervisor.async_nolink survives crashes
    {:ok, sup} = Task.Supervisor.start_link()
    t = Task.Supervisor.async_nolink(sup, fn -> FakeHTTP.get("https://crash2.example") end)
    result = Task.yield(t, 2000)
    Logger.flush()
    case result do
      {:exit, {%ArgumentError{} = e, _}} -> IO.puts("nolink task failed: " <> Exception.message(e))
      other -> IO.inspect(other)
    end

    stream = Task.Supervisor.async_stream_nolink(sup, [1, 0, 2], fn n -> div(10, n) end)
    values = Enum.map(stream, fn {:ok, v} -> v; {:exit, {e, _}} -> e end)
    Logger.flush()
    IO.inspect(values, label: "nolink stream")
    Process.sleep(50)
    flush = fn f, acc -> receive do m -> f.(f, [m | acc]) after 0 -> acc end end
    IO.inspect(flush.(flush, []) |> Enum.map(&elem(&1, 0)) |> Enum.frequencies(), label: "leftover messages")
  end
end

Main.run()
