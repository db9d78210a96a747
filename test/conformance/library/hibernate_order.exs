# :erlang.hibernate/3 and a GenServer's :hibernate returns: the process waits in
# :erlang.hibernate/3 (what Process.info shows), wakes on the next message, and the messages that
# arrive meanwhile keep their order.
defmodule H do
  use GenServer
  def init(a), do: {:ok, a, :hibernate}
  def handle_call(:get, _, s), do: {:reply, s, s, :hibernate}
  def handle_call(:plain, _, s), do: {:reply, s, s}
  def handle_cast({:set, v}, _), do: {:noreply, v, :hibernate}
  def handle_cast({:add, v}, s), do: {:noreply, s + v}
  def handle_info(:x, s), do: {:noreply, s + 1, :hibernate}
  def handle_info(:cont, s), do: {:noreply, s, {:continue, :more}}
  def handle_continue(:more, s), do: {:noreply, s * 10, :hibernate}
end

defmodule L do
  def go(n) do
    receive do
      {:get, from} ->
        send(from, n)
        :erlang.hibernate(L, :go, [n])

      {:set, v} ->
        :erlang.hibernate(L, :go, [v])
    end
  end

  # waits until pid is hibernating (a few attempts, each after a message round trip elsewhere)
  def until_hibernating(pid, n \\ 1000)
  def until_hibernating(_pid, 0), do: :gave_up

  def until_hibernating(pid, n) do
    case Process.info(pid, :current_function) do
      {:current_function, {:erlang, :hibernate, 3}} -> :hibernating
      _ ->
        Process.sleep(1)
        until_hibernating(pid, n - 1)
    end
  end
end

{:ok, g} = GenServer.start_link(H, 1)
IO.inspect(L.until_hibernating(g), label: "after init")
IO.inspect(GenServer.call(g, :get))
GenServer.cast(g, {:set, 5})
send(g, :x)
GenServer.cast(g, {:add, 100})
IO.inspect(GenServer.call(g, :plain), label: "in order")
send(g, :cont)
IO.inspect(GenServer.call(g, :get), label: "after continue")
IO.inspect(L.until_hibernating(g), label: "after a call")
IO.inspect(:sys.get_state(g), label: "sys on a hibernating server")

p = spawn(fn -> L.go(1) end)
send(p, {:get, self()})
receive do
  x -> IO.inspect(x)
end

send(p, {:set, 5})
send(p, {:get, self()})
receive do
  x -> IO.inspect(x, label: "set then get")
end

IO.inspect(L.until_hibernating(p))
IO.inspect(Process.info(p, :status))

parent = self()
q = spawn(fn -> Process.hibernate(Kernel, :send, [parent, :woke]) end)
L.until_hibernating(q)
send(q, :wake)
receive do
  :woke -> IO.puts("woke")
end
