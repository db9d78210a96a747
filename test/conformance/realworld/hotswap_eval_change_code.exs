defmodule Counter do
  use GenServer
  @vsn 1
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:get, _, s), do: {:reply, s, s}
  def handle_cast(:inc, s), do: {:noreply, s + 1}
end

defmodule Main do
  def run do
    {:ok, pid} = Counter.start_link(5)
    GenServer.cast(Counter, :inc)
    IO.inspect(GenServer.call(Counter, :get), label: "v1")
    IO.inspect(Counter.module_info(:attributes)[:vsn], label: "vsn")
    IO.inspect(:code.is_loaded(Counter))
    src = """
    defmodule Counter do
      use GenServer
      @vsn 2
      def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
      def init(n), do: {:ok, %{count: n}}
      def handle_call(:get, _, s), do: {:reply, s, s}
      def handle_cast(:inc, s), do: {:noreply, %{s | count: s.count + 1}}
      def code_change(1, n, _extra), do: {:ok, %{count: n}}
    end
    """
    :ok = :sys.suspend(pid)
    {{:module, Counter, bin, _}, _} = Code.eval_string(src) |> then(fn {v, b} -> {v, b} end)
    IO.inspect(is_binary(bin))
    IO.inspect(:code.soft_purge(Counter), label: "soft_purge")
    IO.inspect(:sys.change_code(pid, Counter, 1, nil), label: "change_code")
    :ok = :sys.resume(pid)
    GenServer.cast(Counter, :inc)
    IO.inspect(GenServer.call(Counter, :get), label: "v2")
    IO.inspect(:sys.get_state(pid), label: "state")
    IO.inspect(Counter.module_info(:attributes)[:vsn], label: "vsn")
    IO.inspect(:code.purge(Counter), label: "purge")
    IO.inspect(:code.delete(Counter), label: "delete")
    IO.inspect(:code.is_loaded(Counter), label: "loaded after delete")
    IO.inspect(:code.purge(Counter), label: "purge2")
    IO.inspect(Process.alive?(pid), label: "alive")
    IO.inspect(:code.load_file(Counter), label: "load_file")
    IO.inspect(:code.which(Enum) |> is_list())
    IO.inspect(:code.module_status(Counter))
    IO.inspect(:code.get_object_code(NoSuchMod))
    IO.inspect(:code.ensure_loaded(NoSuch))
  end
end
Main.run()
