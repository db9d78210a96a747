# A hand-written supervisor loop: trap exits, restart the worker up to 3 times
defmodule Sup do
  def start(parent) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      loop(parent, start_worker(1), 1)
    end)
  end

  defp start_worker(gen) do
    spawn_link(fn ->
      receive do
        :crash -> exit({:crashed, gen})
        :quit -> exit(:normal)
      end
    end)
  end

  defp loop(parent, worker, gen) do
    send(parent, {:worker_ready, gen})
    receive do
      {:EXIT, ^worker, :normal} -> send(parent, {:sup_done, gen})
      {:EXIT, ^worker, reason} when gen < 3 ->
        send(parent, {:restarting, reason})
        loop(parent, start_worker(gen + 1), gen + 1)
      {:EXIT, ^worker, reason} -> send(parent, {:giving_up, reason})
      {:send_worker, msg} -> send(worker, msg); loop_wait(parent, worker, gen)
    end
  end

  defp loop_wait(parent, worker, gen) do
    receive do
      {:EXIT, ^worker, :normal} -> send(parent, {:sup_done, gen})
      {:EXIT, ^worker, reason} when gen < 3 ->
        send(parent, {:restarting, reason})
        loop(parent, start_worker(gen + 1), gen + 1)
      {:EXIT, ^worker, reason} -> send(parent, {:giving_up, reason})
    end
  end
end

defmodule Main do
  def next do
    receive do
      m -> IO.inspect(m); m
    after
      2000 -> IO.puts("timeout")
    end
  end

  def run do
    sup = Sup.start(self())
    next()
    for _ <- 1..3 do
      send(sup, {:send_worker, :crash})
      case next() do
        {:restarting, _} -> next()
        _ -> :ok
      end
    end
    sup2 = Sup.start(self())
    next()
    send(sup2, {:send_worker, :quit})
    next()
  end
end

Main.run()
