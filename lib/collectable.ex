defprotocol Collectable do
  @moduledoc "A protocol to traverse data structures: into/1 returns {initial_acc, collector_fun}."

  @doc "Returns an initial accumulator and a collector function (acc, {:cont, x} | :done | :halt)."
  def into(collectable)
end

defimpl Collectable, for: List do
  def into(list) do
    fun = fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> list ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end

    {[], fun}
  end
end

defimpl Collectable, for: Map do
  def into(map) do
    fun = fn
      acc, {:cont, {key, value}} -> :maps.put(key, value, acc)
      acc, :done -> acc
      _acc, :halt -> :ok
    end

    {map, fun}
  end
end

defimpl Collectable, for: BitString do
  def into(binary) when is_binary(binary) do
    fun = fn
      acc, {:cont, x} when is_binary(x) -> [acc | x]
      _acc, {:cont, x} -> raise ArgumentError, "collecting into a binary requires a bitstring, got: " <> inspect(x)
      acc, :done -> :erlang.iolist_to_binary(acc)
      _acc, :halt -> :ok
    end

    {[binary], fun}
  end
end
