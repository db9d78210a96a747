defprotocol Collectable do
  @moduledoc "A protocol to traverse data structures: into/1 returns {initial_acc, collector_fun}."

  @doc "Returns an initial accumulator and a collector function (acc, {:cont, x} | :done | :halt)."
  @beamlet_frame_line 92
  def into(collectable)
end

defimpl Collectable, for: List do
  def into(list) do
    if list != [] do
      # (Elixir 1.14's warning is at lib/collectable.ex:99)
      __at_line__(99, IO.warn(
        "the Collectable protocol is deprecated for non-empty lists. The behaviour of Enum.into/2 and \"for\" comprehensions with an :into option is incorrect when collecting into non-empty lists. If you're collecting into a non-empty keyword list, consider using Keyword.merge/2 instead. If you're collecting into a non-empty list, consider concatenating the two lists with the ++ operator."
      ))
    end

    # (the fns' lines are Elixir's, which their function_clause frames show)
    fun =
      __at_line__(108, fn
        acc, {:cont, x} -> [x | acc]
        acc, :done -> list ++ :lists.reverse(acc)
        _acc, :halt -> :ok
      end)

    {[], fun}
  end
end

defimpl Collectable, for: Map do
  def into(map) do
    fun =
      __at_line__(166, fn
        acc, {:cont, {key, value}} -> :maps.put(key, value, acc)
        acc, :done -> acc
        _acc, :halt -> :ok
      end)

    {map, fun}
  end
end

defimpl Collectable, for: BitString do
  # any bitstring collects bitstrings (as Elixir 1.14: no clause for anything else); the parts
  # are kept in a list, joined once at the end
  def into(bitstring) do
    fun =
      __at_line__(125, fn
        acc, {:cont, x} when is_bitstring(x) -> [acc | x]
        acc, :done -> :erlang.list_to_bitstring(acc)
        _acc, :halt -> :ok
      end)

    {[bitstring], fun}
  end
end
