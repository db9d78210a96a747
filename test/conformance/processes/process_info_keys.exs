# Process.info/1's items and the ones of them that are the same on every run
pid = spawn(fn -> receive do _ -> :ok end end)
Process.sleep(10)
info = Process.info(pid)
IO.inspect(Keyword.keys(info))
IO.inspect(Keyword.drop(info, [:reductions, :current_function]))
IO.inspect(Process.info(pid, [:error_handler, :garbage_collection, :suspending, :memory, :heap_size]))
