# What `beamlet upgrade test` checks for the counter (see testing/README.md): how to start it, what
# clients do to it, and what must hold of its state before, during and after the upgrade.
defmodule CounterUpgradeSpec do
  def start, do: Counter.start_link(0)

  # each fun receives a generated small integer
  def operations do
    [
      cast: fn n -> {:add, n} end,
      cast: fn _ -> :pause end,
      cast: fn _ -> :resume end,
      call: fn _ -> :get end
    ]
  end

  # every state either version can be in
  def invariant({:running, count}), do: is_integer(count)
  def invariant({:paused, count, buffered}), do: is_integer(count) and is_list(buffered)
  def invariant(%{mode: mode, count: count, buffered: buffered}), do: mode in [:running, :paused] and is_integer(count) and is_list(buffered)
  def invariant(_), do: false

  # every addition counted exactly once (pending ones still buffered), plus the migration's 1000
  def check_final(%{count: count, buffered: buffered}, performed) do
    count + Enum.sum(buffered) == 1000 + Enum.sum(for {:cast, {:add, n}} <- performed, do: n)
  end
end
