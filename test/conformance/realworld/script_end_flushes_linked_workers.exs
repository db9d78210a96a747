# A script's workers, linked to its process, trap exits so that they flush their buffers when the
# script's process ends; an at_exit hook (run once that process is
# gone) waits for what they flushed. The journal is an unlinked Agent, so it outlives the script's process.
defmodule BufferedWriter do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name)
  def write(pid, line), do: GenServer.cast(pid, {:write, line})

  @impl true
  def init(name) do
    Process.flag(:trap_exit, true)
    {:ok, %{name: name, buffer: []}}
  end

  @impl true
  def handle_cast({:write, line}, s), do: {:noreply, %{s | buffer: [line | s.buffer]}}

  @impl true
  def terminate(reason, s) do
    lines = Enum.reverse(s.buffer)
    Journal.record({s.name, summary(reason), lines})
  end

  defp summary({%{__exception__: true} = e, [_ | _]}), do: {:crash, Exception.message(e)}
  defp summary(reason), do: reason
end

defmodule Journal do
  def start, do: Agent.start(fn -> [] end, name: __MODULE__)
  def record(entry), do: Agent.update(__MODULE__, &[entry | &1])
  def entries, do: Agent.get(__MODULE__, &Enum.sort/1)
end

defmodule Main do
  def run do
    {:ok, _} = Journal.start()
    {:ok, log} = BufferedWriter.start_link("log")
    {:ok, sup} =
      Supervisor.start_link(
        [%{id: :audit, start: {BufferedWriter, :start_link, ["audit"]}}],
        strategy: :one_for_one
      )

    [{:audit, audit, :worker, _}] = Supervisor.which_children(sup)
    IO.inspect(length(Supervisor.which_children(sup)), label: "supervised")
    spawn_link(fn ->
      Process.flag(:trap_exit, true)
      receive do
        {:EXIT, _from, reason} -> Journal.record({"watcher", summary(reason), []})
      end
    end)
    # a process that does not trap exits: a normal end leaves it running, an error kills it
    bystander = spawn_link(fn -> Process.sleep(:infinity) end)

    System.at_exit(fn status ->
      entries = wait_for_entries(3, 300)
      for entry <- entries, do: IO.inspect(entry)
      IO.inspect(Process.alive?(bystander), label: "bystander alive")
      IO.puts("at_exit with status #{status}")
    end)

    for i <- 1..3, do: BufferedWriter.write(log, "entry #{i}")
    BufferedWriter.write(audit, "login alice")
    IO.inspect(Process.info(self(), :trap_exit), label: "script traps exits")
    :sys.get_state(log) |> Map.get(:buffer) |> length() |> IO.inspect(label: "buffered")
    finish()
  end

  defp wait_for_entries(n, tries) do
    case Journal.entries() do
      entries when length(entries) >= n or tries == 0 -> entries
      _ -> Process.sleep(10); wait_for_entries(n, tries - 1)
    end
  end

  def summary({%{__exception__: true} = e, [_ | _]}), do: {:crash, Exception.message(e)}
  def summary(reason), do: reason

  defp finish, do: IO.puts("script done")
end

Main.run()
