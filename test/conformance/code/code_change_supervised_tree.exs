# Upgrading a supervised GenServer in place keeps its pid and its state
defmodule Main do
  def src(v, extra) do
    """
    defmodule Store do
      use GenServer
      def start_link(_), do: GenServer.start_link(__MODULE__, [], name: :store)
      def init(l), do: {:ok, l}
      def handle_cast({:put, x}, l), do: {:noreply, [x | l]}
      def handle_call(:all, _f, l), do: {:reply, {#{v}, Enum.reverse(l)}, l}
      #{extra}
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1, ""))
    {:ok, sup} = Supervisor.start_link([Store], strategy: :one_for_one)
    pid = Process.whereis(:store)
    GenServer.cast(:store, {:put, :a})
    GenServer.cast(:store, {:put, :b})
    IO.inspect(GenServer.call(:store, :all))
    :sys.suspend(:store)
    Code.compile_string(src(2, "def code_change(_, l, _), do: {:ok, Enum.map(l, &{:migrated, &1})}"))
    IO.inspect(:sys.change_code(:store, Store, 1, nil))
    :sys.resume(:store)
    IO.inspect(GenServer.call(:store, :all))
    IO.inspect(Process.whereis(:store) == pid, label: "same pid")
    IO.inspect(Supervisor.count_children(sup).active)
  end
end

Main.run()
