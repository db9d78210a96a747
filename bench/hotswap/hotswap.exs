# bench/hotswap: a GenServer takes casts from several clients while its module is upgraded 100
# times (suspend, purge + load, change_code, resume). Checks that no message is lost, every call
# is answered and the state is migrated each time; prints throughput and the worst pause.
defmodule HotSwapBench do
  def src(v) do
    """
    defmodule HotCounter do
      use GenServer
      @vsn #{v}
      def init(s), do: {:ok, s}
      def handle_cast({:add, n}, {count, version, migrations}), do: {:noreply, {count + n, version, migrations}}
      def handle_call(:get, _from, s), do: {:reply, s, s}
      def code_change(_old, {count, _version, migrations}, _extra), do: {:ok, {count, #{v}, migrations + 1}}
    end
    """
  end

  def client(parent, n) do
    Enum.each(1..n, fn i ->
      GenServer.cast(:hot, {:add, 1})
      # every 1000 casts a call: every call must be answered, also across upgrades
      if rem(i, 1000) == 0, do: {_, _, _} = GenServer.call(:hot, :get, 60_000)
    end)
    send(parent, :client_done)
  end

  def upgrade(v) do
    t = System.monotonic_time(:microsecond)
    :ok = :sys.suspend(:hot)
    :code.purge(HotCounter)
    [{HotCounter, _bin}] = Code.compile_string(src(v))
    :ok = :sys.change_code(:hot, HotCounter, v - 1, nil)
    :ok = :sys.resume(:hot)
    System.monotonic_time(:microsecond) - t
  end
end

Code.put_compiler_option(:ignore_module_conflict, true)
Code.compile_string(HotSwapBench.src(0))
{:ok, _} = GenServer.start_link(HotCounter, {0, 0, 0}, name: :hot)
clients = 4
per_client = 25_000
parent = self()
t0 = System.monotonic_time(:microsecond)
for _ <- 1..clients, do: spawn_link(fn -> HotSwapBench.client(parent, per_client) end)
worst = Enum.reduce(1..100, 0, fn v, worst -> max(worst, HotSwapBench.upgrade(v)) end)
for _ <- 1..clients, do: receive(do: (:client_done -> :ok))
{count, version, migrations} = GenServer.call(:hot, :get, 60_000)
elapsed = System.monotonic_time(:microsecond) - t0
ok = count == clients * per_client and version == 100 and migrations == 100
IO.puts("hotswap casts #{count} upgrades #{migrations} version #{version} #{if ok, do: "ok", else: "WRONG"}")
IO.puts("TIMING elapsed_us=#{elapsed} worst_pause_us=#{worst} casts_per_s=#{div(count * 1_000_000, max(elapsed, 1))}")
