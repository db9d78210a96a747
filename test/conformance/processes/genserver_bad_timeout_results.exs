# init/1 and callback results whose last element is no timeout, :hibernate or {:continue, _} are
# bad return values, as OTP 25's gen_server checks them (beamlet looped with them as timeouts)
defmodule S do
  use GenServer
  def init(r), do: r
  def handle_call({:reply, t}, _, s), do: {:reply, :ok, s, t}
  def handle_cast({:noreply, t}, s), do: {:noreply, s, t}
  def handle_continue(:go, s), do: {:noreply, s + 1}
  def handle_call(:state, _, s), do: {:reply, s, s}
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    for r <- [{:ok, 0, {:continue}}, {:ok, 0, -5}, {:ok, 0, :bad}, {:ok, 0, 1.5}, {:ok, 0, {:continue, :x, :y}},
              {:ok, 0, :infinity}, {:ok, 0, 60_000}, {:ok, 0, :hibernate}, {:ok, 0, {:continue, :go}}, {:ok, 1, 2, 3}] do
      case GenServer.start_link(S, r, name: :named_s) do
        {:ok, p} ->
          IO.inspect({r, :ok, GenServer.call(p, :state)})
          Process.unlink(p)
          stop(p)
        {:error, e} ->
          IO.inspect({r, :error, e})
          receive do {:EXIT, _, x} -> IO.inspect(x, label: "exit") after 5000 -> :none end
      end
    end
    for t <- [:bad, -1, 1.5, {:continue}, 60_000, :hibernate, {:continue, :go}] do
      {:ok, p} = GenServer.start(S, {:ok, 0})
      ref = Process.monitor(p)
      got = try do GenServer.call(p, {:reply, t}) catch :exit, r -> elem(r, 0) end
      receive do {:DOWN, ^ref, _, _, _} -> Logger.flush() after 300 -> :alive end
      IO.inspect({:reply, t, got})
      stop(p)
      {:ok, p} = GenServer.start(S, {:ok, 0})
      ref = Process.monitor(p)
      GenServer.cast(p, {:noreply, t})
      receive do
        {:DOWN, ^ref, _, _, r} -> Logger.flush(); IO.inspect(r, label: "noreply down")
      after
        300 -> IO.inspect(GenServer.call(p, :state), label: "noreply kept")
      end
      stop(p)
    end
  end

  defp stop(p) do
    ref = Process.monitor(p)
    Process.exit(p, :kill)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
  end
end

Main.run()
