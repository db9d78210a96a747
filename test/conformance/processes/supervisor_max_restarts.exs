defmodule Crashy do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :crashy)
  def init(_) do
    send(:main, :crashy_started)
    {:ok, nil}
  end
  def handle_cast(:die, s), do: {:stop, :dying, s}
end

defmodule Main do
  def run do
    Process.register(self(), :main)
    Process.flag(:trap_exit, true)
    {:ok, sup} = Supervisor.start_link([Crashy], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
    receive do: (:crashy_started -> IO.puts("started"))
    for i <- 1..3 do
      GenServer.cast(:crashy, :die)
      r =
        receive do
          :crashy_started -> "restart #{i}"
        after
          if(i < 3, do: 3000, else: 300) -> "no restart #{i}"
        end
      Logger.flush()
      IO.puts(r)
    end
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
    after
      3000 -> IO.puts("supervisor still alive")
    end
    IO.inspect(Process.alive?(sup))
  end
end

Main.run()
