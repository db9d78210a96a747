# Task.async_stream's process structure: a monitor process per stream, linked to the caller,
# spawns the tasks (linked to it); a task killed for its timeout costs one more process
main = self()
IO.inspect(main, label: "main")

Task.async_stream(1..2, fn x -> {x, self(), Process.info(self(), :links), Process.get(:"$ancestors"), Process.get(:"$callers")} end)
|> Enum.to_list()
|> IO.inspect(label: "tasks")

IO.inspect(spawn(fn -> :ok end), label: "after a stream")
Task.async_stream(1..2, fn x -> {x, self()} end, max_concurrency: 1) |> Enum.to_list() |> IO.inspect()
IO.inspect(spawn(fn -> :ok end), label: "after max_concurrency 1")

Task.async_stream(1..3, fn x -> if x == 2, do: Process.sleep(30_000); x end, timeout: 1000, on_timeout: :kill_task)
|> Enum.to_list()
|> IO.inspect(label: "kill_task")

IO.inspect(spawn(fn -> :ok end), label: "after a timeout")
Task.async_stream(1..10, fn x -> x end) |> Enum.take(1) |> IO.inspect(label: "halted")
IO.inspect(spawn(fn -> :ok end), label: "after halting")

Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 200); x end, ordered: false, max_concurrency: 3) |> Enum.to_list() |> IO.inspect(label: "unordered")
Process.flag(:trap_exit, true)
Task.async_stream([:a, :b], fn x -> if x == :b, do: exit(:boom), else: x end, zip_input_on_exit: true) |> Enum.to_list() |> IO.inspect(label: "zip")

{:ok, sup} = Task.Supervisor.start_link()
Task.Supervisor.async_stream(sup, 1..3, fn x -> {x, self(), Process.info(self(), :links)} end, max_concurrency: 2)
|> Enum.to_list()
|> IO.inspect(label: "supervised")

Task.Supervisor.async_stream_nolink(sup, [1, 0], fn x -> {10 / x, Process.info(self(), :links)} end)
|> Enum.to_list()
|> IO.inspect(label: "nolink")

Task.Supervisor.async_stream(sup, [1], String, :duplicate, [2]) |> Enum.to_list() |> IO.inspect(label: "mfa")
IO.inspect(spawn(fn -> :ok end), label: "last")

try do
  Task.async_stream([1, 2], fn x -> Process.sleep(x * 300); x end, timeout: 100) |> Enum.to_list()
catch
  :exit, reason -> IO.inspect(reason, label: "on_timeout: :exit")
end

receive do
  message -> IO.inspect(message, label: "left in the mailbox")
after
  0 -> IO.puts("mailbox empty")
end
