# The seed's sequel: the state is a struct whose definition changes; code_change migrates it
defmodule Main do
  def v1 do
    """
    defmodule Inventory do
      use GenServer
      @vsn 1
      defstruct items: %{}
      def init(_), do: {:ok, %Inventory{}}
      def handle_cast({:add, name, qty}, s), do: {:noreply, %{s | items: Map.update(s.items, name, qty, &(&1 + qty))}}
      def handle_call(:report, _f, s), do: {:reply, s, s}
    end
    """
  end

  def v2 do
    """
    defmodule Inventory do
      use GenServer
      @vsn 2
      defstruct items: %{}, total: 0, version: 2
      def init(_), do: {:ok, %Inventory{}}
      def handle_cast({:add, name, qty}, s),
        do: {:noreply, %{s | items: Map.update(s.items, name, qty, &(&1 + qty)), total: s.total + qty}}
      def handle_call(:report, _f, s), do: {:reply, s, s}
      def code_change(1, %{__struct__: Inventory, items: items}, _extra) do
        {:ok, %Inventory{items: items, total: items |> Map.values() |> Enum.sum()}}
      end
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(v1())
    {:ok, _} = GenServer.start(Inventory, nil, name: :inv)
    GenServer.cast(:inv, {:add, "apple", 3})
    GenServer.cast(:inv, {:add, "pear", 2})
    IO.inspect(GenServer.call(:inv, :report))
    :ok = :sys.suspend(:inv)
    Code.compile_string(v2())
    IO.inspect(:sys.get_state(:inv), label: "old-shaped state")
    IO.inspect(:sys.change_code(:inv, Inventory, 1, []))
    :ok = :sys.resume(:inv)
    GenServer.cast(:inv, {:add, "apple", 10})
    IO.inspect(GenServer.call(:inv, :report))
    IO.inspect(Inventory.module_info(:attributes)[:vsn])
  end
end

Main.run()
