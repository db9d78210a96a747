# Task.async_stream as a lazy stream: max_concurrency, ordered: false, MFA forms, timeouts,
# zip_input_on_exit, exits of tasks, Task.completed/1
defmodule Main do
  def run do
    IO.inspect(Task.async_stream(1..5, fn x -> x * 2 end) |> Enum.to_list())
    IO.inspect(Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 100); x end, ordered: false, max_concurrency: 3) |> Enum.to_list())
    IO.inspect(Task.async_stream([1, 2, 3], Integer, :pow, [2]) |> Enum.to_list())
    IO.inspect(Task.async_stream([1, 2, 3], Kernel, :*, [10], max_concurrency: 1) |> Enum.map(fn {:ok, v} -> v end))
    s = Task.async_stream(1..10, fn x -> x end, max_concurrency: 2)
    IO.inspect(Enum.take(s, 3))
    IO.inspect(Task.async_stream([10, 800, 20], fn x -> Process.sleep(x); x end, timeout: 300, on_timeout: :kill_task) |> Enum.to_list())
    IO.inspect(Task.async_stream([10, 800, 20], fn x -> Process.sleep(x); x end, timeout: 300, on_timeout: :kill_task, zip_input_on_exit: true) |> Enum.to_list())
    IO.inspect(Task.async_stream([], fn x -> x end) |> Enum.to_list())
    IO.inspect(Stream.zip(Task.async_stream(1..4, &(&1 + 1)), [:a, :b]) |> Enum.to_list())
    IO.inspect(Task.async_stream(1..3, &(&1 * &1)) |> Stream.map(fn {:ok, v} -> v end) |> Enum.sum())

    result =
      try do
        Task.async_stream([10, 800], fn x -> Process.sleep(x); x end, timeout: 200) |> Enum.to_list()
      catch
        :exit, reason -> {:caught, reason}
      end

    IO.inspect(result)

    Process.flag(:trap_exit, true)
    IO.inspect(Task.async_stream([1, 2], fn x -> exit({:bye, x}) end) |> Enum.to_list())
    Logger.flush()
    IO.inspect(Process.info(self(), :message_queue_len))

    for bad <- [[max_concurrency: 0], [max_concurrency: :many]] do
      try do
        Task.async_stream([1], & &1, bad) |> Enum.to_list()
      rescue
        e -> IO.puts(Exception.message(e))
      end
    end

    task = Task.completed(:done)
    IO.inspect({task.pid, task.mfa})
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(Task.await(task))
    IO.inspect(Task.yield(Task.completed(5)))
    IO.inspect(Task.await_many([Task.completed(1), Task.async(fn -> 2 end)]))

    try do
      Task.shutdown(Task.completed(3))
    rescue
      e -> IO.puts(e.__struct__ |> inspect())
    end
  end
end

Main.run()
