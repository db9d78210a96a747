defmodule Main do
  def run do
    t = Task.async(fn -> Enum.sum(1..1000) end)
    IO.inspect(Task.await(t))
    tasks = for i <- 1..5, do: Task.async(fn -> Process.sleep(10 * (6 - i)); i * i end)
    IO.inspect(Enum.map(tasks, &Task.await/1))
    IO.inspect(Task.await_many([Task.async(fn -> :a end), Task.async(fn -> :b end)]))
    slow = Task.async(fn -> Process.sleep(500); :slow end)
    IO.inspect(Task.yield(slow, 20))
    IO.inspect(Task.shutdown(slow))
    fast = Task.async(fn -> :fast end)
    Process.sleep(20)
    IO.inspect(Task.yield(fast, 0))
    try do
      Task.await(Task.async(fn -> Process.sleep(300) end), 30)
    catch
      :exit, {:timeout, {Task, :await, _}} -> IO.puts("await timeout")
    end
    IO.inspect(Task.async_stream(1..5, fn x -> x * 10 end) |> Enum.to_list())
    IO.inspect(Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 10); x end, max_concurrency: 2) |> Enum.map(fn {:ok, v} -> v end))
    parent = self()
    {:ok, pid} = Task.start(fn -> send(parent, :from_task_start) end)
    IO.inspect(is_pid(pid))
    receive do: (:from_task_start -> IO.puts("Task.start ran"))
    %Task{} = t2 = Task.async(fn -> 1 end)
    IO.inspect(Task.await(t2))
  end
end

Main.run()
