# A GenServer (or Agent) started with hibernate_after hibernates once idle that long; a waiting
# server's current function is OTP's :gen_server.loop/7, a hibernating one's :erlang.hibernate/3.
defmodule H do
  use GenServer
  def init(a), do: {:ok, a}
  def handle_call(:get, _, s), do: {:reply, s, s}
end

defmodule Poll do
  # the server's current function once it is one of wanted (a few attempts, 1 ms apart)
  def until(pid, wanted, n \\ 2000)
  def until(pid, _wanted, 0), do: Process.info(pid, :current_function)

  def until(pid, wanted, n) do
    case Process.info(pid, :current_function) do
      {:current_function, f} = found -> if f in wanted, do: found, else: (Process.sleep(1); until(pid, wanted, n - 1))
    end
  end
end

hib = {:erlang, :hibernate, 3}
loop = {:gen_server, :loop, 7}

{:ok, g} = GenServer.start_link(H, 1, hibernate_after: 20)
IO.inspect(GenServer.call(g, :get))
IO.inspect(Poll.until(g, [hib]), label: "idle")
IO.inspect(GenServer.call(g, :get), label: "woken")
IO.inspect(Poll.until(g, [hib]), label: "idle again")

{:ok, plain} = GenServer.start_link(H, 2)
IO.inspect(Poll.until(plain, [loop]), label: "plain server")
Process.sleep(50)
IO.inspect(Process.info(plain, :current_function), label: "plain server stays in its loop")

{:ok, a} = Agent.start_link(fn -> 1 end, hibernate_after: 10)
IO.inspect(Poll.until(a, [hib]), label: "agent")
IO.inspect(Agent.get(a, & &1), label: "agent woken")
