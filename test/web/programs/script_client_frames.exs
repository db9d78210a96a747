# A GenServer's report shows the script's process as its client: the frames of the script's
# process end with the file's (file) frame and Code.require_file's below it
defmodule W do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:crash, _from, s), do: raise("crash #{s}")
end

{:ok, pid} = GenServer.start(W, 1)
Process.monitor(pid)
try do
  GenServer.call(pid, :crash)
catch
  :exit, _ -> IO.puts("the call exited")
end
receive do
  {:DOWN, _, :process, ^pid, _} -> IO.puts("down")
end
# the report comes from the logger's process: wait until it is printed
Logger.flush()
IO.puts("end")
