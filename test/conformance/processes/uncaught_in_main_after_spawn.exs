# The script's main process raises: exit code 1 even though other processes are alive
parent = self()
spawn(fn -> receive do: (:never -> :ok) end)
spawn(fn -> send(parent, :helper_done) end)
receive do: (:helper_done -> IO.puts("helper done"))
IO.puts("about to fail")
raise "main process failure"
