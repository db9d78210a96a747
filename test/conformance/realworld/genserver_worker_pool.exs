defmodule Job do
  defstruct [:id, :payload, attempts: 0]
end

defmodule Queue do
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def push(job), do: GenServer.cast(__MODULE__, {:push, job})
  def stats, do: GenServer.call(__MODULE__, :stats)
  def drain, do: GenServer.call(__MODULE__, :drain)

  @impl true
  def init(opts) do
    Process.flag(:trap_exit, true)
    {:ok, %{q: :queue.new(), done: [], failed: [], max: Keyword.get(opts, :max_attempts, 2), waiting: nil}, {:continue, :warmup}}
  end

  @impl true
  def handle_continue(:warmup, state) do
    IO.puts("warming up")
    {:noreply, state}
  end

  @impl true
  def handle_cast({:push, job}, state) do
    send(self(), :work)
    {:noreply, %{state | q: :queue.in(job, state.q)}}
  end

  @impl true
  def handle_call(:stats, _from, s), do: {:reply, %{pending: :queue.len(s.q), done: length(s.done), failed: length(s.failed)}, s}

  def handle_call(:drain, from, s) do
    if :queue.is_empty(s.q), do: {:reply, :ok, s}, else: {:noreply, %{s | waiting: from}}
  end

  @impl true
  def handle_info(:work, s) do
    case :queue.out(s.q) do
      {:empty, _} ->
        {:noreply, s}

      {{:value, job}, q} ->
        s = %{s | q: q}
        s =
          try do
            result = run(job)
            %{s | done: [{job.id, result} | s.done]}
          rescue
            e ->
              job = %{job | attempts: job.attempts + 1}
              if job.attempts >= s.max do
                %{s | failed: [{job.id, Exception.message(e)} | s.failed]}
              else
                send(self(), :work)
                %{s | q: :queue.in(job, s.q)}
              end
          end

        s = maybe_reply(s)
        {:noreply, s}
    end
  end

  def handle_info(msg, s) do
    IO.inspect(msg, label: "unexpected")
    {:noreply, s}
  end

  @impl true
  def terminate(reason, s) do
    IO.puts("terminating #{inspect(reason)} with #{length(s.done)} done")
  end

  defp maybe_reply(%{waiting: nil} = s), do: s
  defp maybe_reply(s) do
    if :queue.is_empty(s.q) do
      GenServer.reply(s.waiting, :ok)
      %{s | waiting: nil}
    else
      s
    end
  end

  defp run(%Job{payload: {:div, a, b}}), do: div(a, b)
  defp run(%Job{payload: {:upcase, s}}), do: String.upcase(s)
  defp run(%Job{payload: other}), do: raise(ArgumentError, "unknown payload #{inspect(other)}")
end

defmodule Main do
  def run do
    {:ok, pid} = Queue.start_link(max_attempts: 3)
    Queue.push(%Job{id: 1, payload: {:div, 10, 2}})
    Queue.push(%Job{id: 2, payload: {:div, 1, 0}})
    Queue.push(%Job{id: 3, payload: {:upcase, "hi"}})
    Queue.push(%Job{id: 4, payload: :bogus})
    :ok = Queue.drain()
    IO.inspect(Queue.stats())
    state = :sys.get_state(pid)
    IO.inspect(Enum.sort(state.done))
    IO.inspect(Enum.sort(state.failed))
    send(pid, :hello)
    :sys.replace_state(pid, fn s -> %{s | done: []} end)
    IO.inspect(Queue.stats())
    IO.inspect(GenServer.whereis(Queue) == pid)
    :ok = GenServer.stop(pid, :normal)
    IO.inspect(Process.alive?(pid))
    {:ok, pid2} = Queue.start_link([])
    Process.unlink(pid2)
    ref = Process.monitor(pid2)
    GenServer.stop(pid2, :shutdown)
    receive do
      {:DOWN, ^ref, :process, ^pid2, r} -> IO.inspect(r, label: "stopped")
    end
  end
end

Main.run()
