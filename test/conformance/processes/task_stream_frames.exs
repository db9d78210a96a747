# Where a Task.async_stream fails, the stack shows Elixir's Task.Supervised frames: a task timing
# out (on_timeout: :exit) exits from stream_reduce/7, a consumer raising sees stream_deliver/7
# (ordered) or deliver_now/4 under stream_reduce/7 (ordered: false), and an input enumerable
# raising sees stream_reduce/7 where it pulls the next element.
supervised = fn stacktrace -> Enum.filter(stacktrace, &(elem(&1, 0) == Task.Supervised)) end

try do
  Task.async_stream([1], fn _ -> Process.sleep(1000) end, timeout: 10) |> Enum.to_list()
catch
  :exit, reason -> IO.inspect({reason, supervised.(__STACKTRACE__)}, label: "timeout")
end

try do
  Task.async_stream([1, 2], fn x -> x end) |> Enum.map(fn {:ok, 2} -> raise "consumer"; x -> x end)
rescue
  e -> IO.inspect({e, supervised.(__STACKTRACE__)}, label: "ordered consumer")
end

try do
  Task.async_stream([1, 2], fn x -> x end, ordered: false) |> Enum.map(fn {:ok, 2} -> raise "consumer"; x -> x end)
rescue
  e -> IO.inspect({e, supervised.(__STACKTRACE__)}, label: "unordered consumer")
end

try do
  Stream.map([1, 2], fn 2 -> raise "input"; x -> x end) |> Task.async_stream(fn x -> x end) |> Enum.to_list()
rescue
  e -> IO.inspect({e, supervised.(__STACKTRACE__)}, label: "input")
end

{:ok, sup} = Task.Supervisor.start_link()

try do
  Task.Supervisor.async_stream_nolink(sup, [1], fn _ -> Process.sleep(1000) end, timeout: 10) |> Stream.run()
catch
  :exit, reason -> IO.inspect({reason, supervised.(__STACKTRACE__)}, label: "supervisor timeout")
end

IO.inspect(Task.async_stream(1..3, &(&1 * 2), max_concurrency: 1) |> Enum.to_list(), label: "still runs")
Task.async_stream([1], fn _ -> Process.sleep(1000) end, timeout: 10) |> Enum.to_list()
