# spawn options become the new process's flags: Process.spawn/:proc_lib.spawn_opt, and the
# :spawn_opt option of GenServer/Agent start (priority, heap sizes, message_queue_data); bad ones
# fail as OTP fails them
defmodule G do
  use GenServer
  def init(x), do: {:ok, x}
end

p = Process.spawn(fn -> Process.sleep(100) end, priority: :high)
IO.inspect(Process.info(p, :priority))
p = :proc_lib.spawn_opt(fn -> Process.sleep(100) end, priority: :low)
IO.inspect(Process.info(p, :priority))
{:ok, p} = Agent.start(fn -> 1 end, spawn_opt: [priority: :low])
IO.inspect(Process.info(p, :priority))
{:ok, p} = Task.start(fn -> Process.flag(:priority, :high); Process.sleep(100) end)
Process.sleep(10)
IO.inspect(Process.info(p, :priority))
p = Process.spawn(fn -> Process.sleep(100) end, min_heap_size: 1000, fullsweep_after: 5, message_queue_data: :off_heap, min_bin_vheap_size: 50000)
IO.inspect(Process.info(p, [:min_heap_size, :min_bin_vheap_size, :fullsweep_after, :message_queue_data, :priority]))
IO.inspect(Process.info(p, :garbage_collection) |> elem(1) |> Keyword.take([:min_heap_size, :fullsweep_after, :min_bin_vheap_size]))
{:ok, p} = GenServer.start(G, 1, spawn_opt: [priority: :high, min_heap_size: 500])
IO.inspect(Process.info(p, [:priority, :min_heap_size]))
IO.inspect((try do GenServer.start(G, 1, spawn_opt: [:bogus]) rescue e -> e catch k, e -> {k, e} end))
IO.inspect((try do GenServer.start(G, 1, spawn_opt: [:monitor]) rescue e -> e catch k, e -> {k, e} end))
