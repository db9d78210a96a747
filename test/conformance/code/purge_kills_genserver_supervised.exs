# R11: a purge while a server is inside an old callback kills it; its supervisor restarts it (state lost)
defmodule Main do
  def src(v) do
    """
    defmodule Ticker do
      use GenServer
      def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :ticker)
      def init(n) do
        send(:main, {:started, #{v}})
        {:ok, n}
      end
      def handle_cast(:slow, n) do
        send(:main, :busy)
        receive do: (:never -> :ok)
        {:noreply, n}
      end
      def handle_cast(:inc, n), do: {:noreply, n + #{v}}
      def handle_call(:get, _f, n), do: {:reply, {#{v}, n}, n}
    end
    """
  end

  def run do
    Process.register(self(), :main)
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    {:ok, sup} = Supervisor.start_link([Ticker], strategy: :one_for_one)
    receive do: ({:started, v} -> IO.puts("started v#{v}"))
    for _ <- 1..3, do: GenServer.cast(:ticker, :inc)
    IO.inspect(GenServer.call(:ticker, :get))
    old = Process.whereis(:ticker)
    ref = Process.monitor(old)
    GenServer.cast(:ticker, :slow)
    receive do: (:busy -> :ok)
    Code.compile_string(src(2))
    IO.inspect(:code.soft_purge(Ticker), label: "soft_purge")
    IO.inspect(:code.purge(Ticker), label: "purge")
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "server"))
    receive do: ({:started, v} -> IO.puts("restarted v#{v}"))
    IO.inspect(GenServer.call(:ticker, :get), label: "state after restart")
    GenServer.cast(:ticker, :inc)
    IO.inspect(GenServer.call(:ticker, :get))
    Supervisor.stop(sup)
  end
end

Main.run()
