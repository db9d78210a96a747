# max_heap_size (OTP 25): set by process_flag/2 or spawn_opt, read by process_info/2; a process
# past it is killed with reason :killed (the report is off here: its GC figures are the emulator's)
defmodule Main do
  def wait(pid, ref) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def flag(v) do
    try do
      Process.flag(:max_heap_size, v)
      r = Process.info(self(), :max_heap_size)
      Process.flag(:max_heap_size, 0)
      r
    rescue
      e -> Exception.message(e)
    end
  end

  def build(acc, 0), do: acc
  def build(acc, n), do: build([n | acc], n - 1)

  def run do
    # the flag's values, each set in a process of its own (a small bound would kill this one)
    values = [100_000, %{size: 200_000, kill: false}, %{size: 300_000, error_logger: false}, 0,
      %{size: 0, kill: false}, 232, 10, -1, :foo, %{}, %{kill: true}, %{size: 5_000, foo: 1},
      %{size: 5_000, kill: 1}, %{size: 5.0e3}, %{size: 5_000, include_shared_binaries: true}, %{size: 5_000, kill: false, other: :x},
      Bitwise.bsl(1, 59) - 1, Bitwise.bsl(1, 59)]

    for v <- values do
      {pid, ref} = spawn_monitor(fn -> IO.inspect(flag(v)) end)
      wait(pid, ref)
    end

    IO.inspect(:erlang.process_flag(:max_heap_size, 0))
    IO.inspect(Process.info(self(), [:max_heap_size]))
    IO.inspect(:erlang.system_info(:max_heap_size))

    # a process building a list past its bound dies with :killed
    opts = [:monitor, {:max_heap_size, %{size: 10_000, error_logger: false}}]
    {pid, ref} = :erlang.spawn_opt(fn -> length(build([], 1_000_000)) end, opts)
    IO.inspect(wait(pid, ref), label: "past the bound")

    # one within it runs to its end
    {pid, ref} = :erlang.spawn_opt(fn -> IO.inspect(length(build([], 1_000)), label: "within") end, opts)
    IO.inspect(wait(pid, ref), label: "within the bound")

    # kill: false lets it live on past the bound
    opts = [:monitor, {:max_heap_size, %{size: 10_000, kill: false, error_logger: false}}]
    {pid, ref} = :erlang.spawn_opt(fn -> IO.inspect(length(build([], 100_000)), label: "kill: false") end, opts)
    IO.inspect(wait(pid, ref), label: "kill: false")

    # set from inside with process_flag
    {pid, ref} = spawn_monitor(fn ->
      Process.flag(:max_heap_size, %{size: 5_000, error_logger: false})
      Enum.reduce(1..1_000_000, [], fn i, acc -> [i | acc] end)
    end)
    IO.inspect(wait(pid, ref), label: "process_flag")

    # a linked process dies with it
    Process.flag(:trap_exit, true)
    pid = :erlang.spawn_opt(fn -> build([], 1_000_000) end, [:link, {:max_heap_size, %{size: 1_000, error_logger: false}}])
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "linked")
    end
    Process.flag(:trap_exit, false)

    # another process's bound, through process_info
    pid = :erlang.spawn_opt(fn -> receive do: (:stop -> :ok) end, [{:max_heap_size, 12_345}])
    IO.inspect(Process.info(pid, :max_heap_size))
    IO.inspect(Process.info(pid, [:max_heap_size, :trap_exit]))
    send(pid, :stop)

    # Process.spawn takes the same options
    {pid, ref} = Process.spawn(fn -> :ok end, [:monitor, {:max_heap_size, 1_000}])
    IO.inspect(wait(pid, ref), label: "Process.spawn")

    # options spawn_opt refuses
    for opts <- [[:bad], [{:max_heap_size, 10}], [{:max_heap_size, :x}], [{:monitor, :x}], [{:priority, :urgent}], [{:async_dist, true}], :not_a_list] do
      try do
        :erlang.spawn_opt(fn -> :ok end, opts)
      rescue
        e -> IO.puts(Exception.message(e))
      end
    end

    try do
      :erlang.spawn_opt(IO, :puts, ["x"], [:bad])
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      :erlang.spawn_opt(IO, :puts, :x, [])
    rescue
      e -> IO.puts(Exception.message(e))
    end

    # options it takes and has nothing to tune with
    tuning = [{:priority, :high}, {:fullsweep_after, 10}, {:min_heap_size, 100}, {:min_bin_vheap_size, 10}, {:message_queue_data, :off_heap}]
    {pid, ref} = :erlang.spawn_opt(fn -> IO.puts("tuned") end, [{:monitor, []} | tuning])
    IO.inspect(wait(pid, ref), label: "tuned")
  end
end

Main.run()
