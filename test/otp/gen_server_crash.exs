defmodule Crashy do
  use GenServer
  def init(:stop), do: {:stop, :bad_init}
  def init(:ignore), do: :ignore
  def init(:raise), do: raise("init boom")
  def init(:bad), do: :what
  def init({:timeout, t}), do: {:ok, :waiting, t}
  def init({:continue, x}), do: {:ok, [:init], {:continue, x}}
  def init(n), do: {:ok, n}
  def handle_continue(x, s) do
    IO.inspect({:continue, x, s})
    {:noreply, [x | s]}
  end
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:raise, _from, _s), do: raise("boom")
  def handle_call(:badmatch, _from, s) do
    :ok = s
    {:reply, :ok, s}
  end
  def handle_call(:exit, _from, _s), do: exit(:my_exit)
  def handle_call(:bad_return, _from, _s), do: :bad
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:stop_reply, _from, s), do: {:stop, :shutdown, :stopping, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 30}
  def handle_cast(:stop, s), do: {:stop, {:shutdown, :asked}, s}
  def handle_cast(:stop_bad, s), do: {:stop, :oops, s}
  def handle_info(:timeout, s) do
    IO.inspect({:got_timeout, s})
    {:noreply, s}
  end
end

Process.flag(:trap_exit, true)
IO.inspect(GenServer.start_link(Crashy, :stop))
receive do {:EXIT, _, r} -> IO.inspect(r, label: "EXIT") end
IO.inspect(GenServer.start_link(Crashy, :ignore))
receive do {:EXIT, _, r} -> IO.inspect(r, label: "EXIT") end
{:error, {e, st}} = GenServer.start_link(Crashy, :raise)
IO.inspect({e, is_list(st)})
receive do {:EXIT, _, {e, _}} -> IO.inspect(e, label: "EXIT") end
IO.inspect(GenServer.start_link(Crashy, :bad))
receive do {:EXIT, _, r} -> IO.inspect(r, label: "EXIT") end
IO.inspect(GenServer.start(Crashy, :stop))
IO.inspect(GenServer.start(Crashy, :ignore))

{:ok, p} = GenServer.start_link(Crashy, {:timeout, 20})
Process.sleep(100)
IO.inspect(GenServer.call(p, :timeout))
Process.sleep(100)
{:ok, p} = GenServer.start_link(Crashy, {:continue, :c1})
IO.inspect(GenServer.call(p, :get))

for req <- [:raise, :badmatch, :exit, :bad_return] do
  {:ok, p} = GenServer.start(Crashy, 1, name: :crashy)
  r =
    try do
      GenServer.call(:crashy, req)
    catch
      :exit, {reason, call} ->
        case reason do
          {e, st} when is_list(st) -> {e, call}
          other -> {other, call}
        end
    end
  Process.sleep(50)
  IO.inspect(r, label: "caller exit")
  IO.inspect(Process.alive?(p))
end

{:ok, p} = GenServer.start_link(Crashy, 5)
IO.inspect(GenServer.call(p, :throw))
IO.inspect(GenServer.call(p, :stop_reply))
receive do {:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT") end
{:ok, p} = GenServer.start_link(Crashy, 5)
GenServer.cast(p, :stop)
receive do {:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT") end
{:ok, p} = GenServer.start_link(Crashy, 5)
GenServer.cast(p, :stop_bad)
receive do {:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT") end
Process.sleep(50)
{:ok, p} = GenServer.start_link(Crashy, 6)
send(p, :unexpected)
Process.sleep(50)
receive do {:EXIT, ^p, r} -> IO.inspect(elem(r, 0), label: "EXIT") end
