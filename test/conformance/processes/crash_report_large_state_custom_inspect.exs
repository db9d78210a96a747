# A GenServer crash report at Logger's :debug level (1.14's default) shows the state as inspect/1
# does: only its first 50 elements, and a struct with its own Inspect implementation after a
# large term is still inspected through it (beamlet's check for such structs walked the whole
# term, so a large one exhausted it: %Point{x: 1, y: 2} instead of #Point<1,2>)
defmodule Point do
  defstruct [:x, :y]
end

defimpl Inspect, for: Point do
  def inspect(%Point{x: x, y: y}, _opts), do: "#Point<#{x},#{y}>"
end

defmodule Holder do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_cast(:crash, state), do: raise("crashed holding #{length(elem(state, 0))} items")
end

defmodule Main do
  def run do
    big = Enum.to_list(1..200_000)
    IO.inspect([big, %Point{x: 1, y: 2}])
    IO.puts(inspect({big, [big, %Point{x: 3, y: 4}]}))
    IO.puts(inspect(%{a: big, b: %Point{x: 5, y: 6}}, limit: 3))
    IO.puts(inspect([Enum.to_list(1..300), %Point{x: 7, y: 8}], limit: :infinity) |> String.slice(-20, 20))
    IO.puts(inspect([[big | %Point{x: 9, y: 10}], [1 | %Point{x: 11, y: 12}]], limit: 2))

    {:ok, pid} = GenServer.start(Holder, {big, %Point{x: 13, y: 14}})
    ref = Process.monitor(pid)
    GenServer.cast(pid, :crash)
    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: m}, _}} -> IO.puts("down: " <> m)
    end
  end
end

Main.run()
