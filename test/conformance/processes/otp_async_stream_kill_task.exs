work = fn
  n when rem(n, 4) == 0 -> Process.sleep(5000); {:slow, n}
  n -> Process.sleep(rem(n, 3) * 10); n * n
end

IO.inspect(Task.async_stream(1..8, work, max_concurrency: 2, timeout: 600, on_timeout: :kill_task) |> Enum.to_list(), label: "ordered")
res = Task.async_stream(1..8, work, max_concurrency: 8, ordered: false, timeout: 600, on_timeout: :kill_task) |> Enum.to_list()
IO.inspect(Enum.sort(res), label: "unordered sorted")
IO.inspect(length(res), label: "count")
IO.inspect(Task.async_stream([1, 2, 3], fn x -> x + 1 end) |> Enum.map(fn {:ok, v} -> v end), label: "simple")
IO.inspect(Task.async_stream([1, 2, 3], Kernel, :*, [10]) |> Enum.to_list(), label: "mfa")
IO.inspect(Task.async_stream(1..3, fn x -> x end, zip_input_on_exit: true) |> Enum.to_list(), label: "zip")
Process.flag(:trap_exit, true)
stream = Task.async_stream([1, 2], fn 2 -> exit(:boom); x -> x end, zip_input_on_exit: true)
IO.inspect(Enum.to_list(stream), label: "exit zipped")
IO.inspect(Task.async_stream(1..20, fn x -> x end, max_concurrency: 3) |> Stream.take(4) |> Enum.to_list(), label: "take")
IO.inspect(Stream.map(1..4, & &1) |> Task.async_stream(fn x -> x * 2 end) |> Enum.reduce(0, fn {:ok, v}, acc -> v + acc end), label: "reduce")
r = try do
  Task.async_stream([100], fn x -> Process.sleep(x) end, timeout: 10) |> Enum.to_list()
catch
  :exit, reason -> {:caught, reason}
end
IO.inspect(elem(r, 0), label: "timeout exit")
{:caught, {:timeout, {Task.Supervised, :stream, [10]}}} = r
IO.puts("timeout shape ok")
