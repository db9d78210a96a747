# @impl naming no callback lists the known callbacks in the order of Elixir's callbacks map
# (keyed {name, arity}: sorted by name across behaviours), not grouped by behaviour.
defmodule W4 do
  use GenServer
  @behaviour Access
  def init(x), do: {:ok, x}
  @impl true
  def handle_call(:a, _f, s), do: {:reply, s, s}
  @impl GenServer
  def handle_info(_m, s), do: {:noreply, s}
  def handle_cast(_m, s), do: {:noreply, s}
  @impl true
  def not_a_callback(x), do: x

  def dep do
    _ = Enum.partition([1], & &1)
    _ = Enum.chunk([1, 2], 2)
    _ = HashDict.new()
    _ = Integer.to_char_list(1)
    _ = String.strip(" a ")
    _ = Enum.uniq([1], & &1)
    _ = Atom.to_char_list(:a)
    _ = Kernel.to_char_list(1)
    _ = String.ljust("a", 3)
    _ = Map.size(%{})
    _ = Enum.filter_map([1], & &1, & &1)
    _ = Stream.chunk([1], 1)
    _ = Keyword.size([])
    _ = System.stacktrace()
    _ = :erlang.now()
    _ = :random.uniform()
    _ = Float.to_string(1.0, [])
    _ = String.slice("abc", 1, -1)
    _ = Code.load_file("x")
    :ok
  end
  def calls do
    _ = String.nope(1)
    _ = Enum.map(1)
    _ = Kernel.nope()
    _ = :erlang.nope()
    _ = :math.sqr(1)
    _ = List.flatten()
    _ = Map.fetch!(%{}, :a, 1)
    _ = Process.whereis()
    :ok
  end
end
