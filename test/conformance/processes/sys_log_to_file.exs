# :sys.log_to_file/2: each event the server handles is written to the file as trace prints it
defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:get, _, s), do: {:reply, s, s}
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
end
{:ok, pid} = GenServer.start_link(S, 1, name: :srv)
path = Path.join(System.tmp_dir!(), "ltf_#{System.unique_integer([:positive])}.log")
IO.inspect(:sys.log_to_file(:srv, String.to_charlist(path)))
GenServer.cast(:srv, {:add, 2})
IO.inspect(GenServer.call(:srv, :get))
send(pid, :hello)
IO.inspect(:sys.log_to_file(:srv, false))
GenServer.cast(:srv, {:add, 2})
IO.inspect(GenServer.call(:srv, :get))
IO.puts(File.read!(path) |> String.replace(List.to_string(:erlang.pid_to_list(self())), "SELF"))
IO.inspect(:sys.log_to_file(:srv, '/nonexistent/dir/x.log'))
File.rm!(path)
