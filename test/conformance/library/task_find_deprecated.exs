# Task.find/2, deprecated in 1.14 but present: the reply of one of the tasks (demonitored), nil for
# another message, and an exit for a :DOWN of one of them.
Process.flag(:trap_exit, true)
tasks = for n <- 1..3, do: Task.async(fn -> n * 10 end)

replies =
  for _ <- 1..3 do
    receive do
      {ref, _} = msg when is_reference(ref) -> Task.find(tasks, msg)
    end
  end

replies
|> Enum.map(fn {reply, task} -> {reply, Enum.find_index(tasks, &(&1 == task))} end)
|> Enum.sort()
|> IO.inspect()

IO.inspect(Task.find(tasks, :unrelated))
IO.inspect(Task.find(tasks, {make_ref(), :not_ours}))

failing = Task.async(fn -> exit(:boom) end)

receive do
  {:DOWN, _, _, _, _} = down ->
    try do
      Task.find([failing], down)
    catch
      :exit, {reason, {Task, :find, [[task], msg]}} -> IO.inspect({reason, task == failing, msg == down})
    end
end
