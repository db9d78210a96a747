# exit(self(), :normal) while trapping exits is a message; another process's normal exit signal is ignored
Process.flag(:trap_exit, true)
Process.exit(self(), :normal)
receive do
  msg -> IO.inspect(msg |> elem(0))
end

Process.flag(:trap_exit, false)
parent = self()
spawn(fn -> Process.exit(parent, :normal); send(parent, :sent) end)
receive do
  :sent -> IO.puts("still alive")
end
