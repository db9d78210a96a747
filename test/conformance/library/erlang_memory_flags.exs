# :erlang.memory/0,1 (its shape and relations: the figures are the runtime's own),
# :erlang.system_flag/2 (backtrace_depth shortens and lengthens stack traces, schedulers_online is
# what System.schedulers_online/0 reports), bump_reductions/1, send_nosuspend/2,3, iolist_to_iovec/1.
defmodule Deep do
  def down(0), do: raise("bottom")
  def down(n), do: 1 + down(n - 1)

  def trace do
    try do
      down(30)
    rescue
      _ -> Enum.map(__STACKTRACE__, fn {m, f, a, _} -> {m, f, a} end)
    end
  end
end

m = :erlang.memory()
IO.inspect(Keyword.keys(m))
IO.inspect(Enum.all?(m, fn {_, v} -> is_integer(v) and v > 0 end))
IO.inspect(m[:total] == m[:processes] + m[:system])
IO.inspect(m[:processes_used] <= m[:processes] and m[:atom_used] <= m[:atom])
t = :ets.new(:t, [])
before = :erlang.memory(:ets)
for i <- 1..1000, do: :ets.insert(t, {i, i})
IO.inspect(:erlang.memory(:ets) > before)
IO.inspect(:erlang.memory([:ets, :total]) |> Keyword.keys())
IO.inspect(:erlang.memory([]))

for bad <- [:foo, 1, [:total, :foo], "total"] do
  try do
    :erlang.memory(bad)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

IO.inspect(length(Deep.trace()))
IO.inspect(:erlang.system_flag(:backtrace_depth, 3))
IO.inspect(Deep.trace())
IO.inspect(:erlang.system_flag(:backtrace_depth, 14))
IO.inspect(length(Deep.trace()))
IO.inspect(Enum.take(Deep.trace(), 3))
IO.inspect(:erlang.system_flag(:backtrace_depth, 0))
IO.inspect(Deep.trace())
IO.inspect(:erlang.system_flag(:backtrace_depth, 8))

for {f, v} <- [backtrace_depth: -1, backtrace_depth: :x, nope: 1, schedulers_online: 0, schedulers_online: 1000] do
  try do
    :erlang.system_flag(f, v)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

IO.inspect(:erlang.system_flag(:schedulers_online, 1))
IO.inspect({System.schedulers_online(), :erlang.system_info(:schedulers_online)})
IO.inspect(:erlang.system_flag(:schedulers_online, 2))
IO.inspect(System.schedulers_online())
IO.inspect(:erlang.system_flag(:min_heap_size, 500))
IO.inspect(:erlang.system_info(:min_heap_size))
IO.inspect(:erlang.system_flag(:min_heap_size, 233))
IO.inspect(:erlang.system_flag(:min_heap_size, 100_000))
IO.inspect(:erlang.system_flag(:min_heap_size, 233))

IO.inspect(:erlang.bump_reductions(100_000))

IO.inspect(:erlang.send_nosuspend(self(), :one))
IO.inspect(:erlang.send_nosuspend(self(), :two, [:noconnect]))
receive do: (:one -> IO.puts("got one"))
receive do: (:two -> IO.puts("got two"))

IO.inspect(:erlang.iolist_to_iovec(["a", "b", [?c, ["d"]]]))
IO.inspect(:erlang.iolist_to_iovec([]))
IO.inspect(:erlang.iolist_to_iovec(""))
IO.inspect(:erlang.iolist_to_iovec(["x" | "y"]) |> IO.iodata_to_binary())
try do
  :erlang.iolist_to_iovec(:a)
rescue
  e -> IO.puts(Exception.message(e))
end
