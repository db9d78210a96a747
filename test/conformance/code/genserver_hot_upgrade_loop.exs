# Repeated upgrades of a live GenServer: every message is answered, the state is migrated each time
defmodule Main do
  def src(v) do
    """
    defmodule Live do
      use GenServer
      @vsn #{v}
      def init(s), do: {:ok, s}
      def handle_cast({:add, x}, s), do: {:noreply, %{s | sum: s.sum + x * #{v}}}
      def handle_call(:state, _f, s), do: {:reply, s, s}
      def code_change(old, s, _), do: {:ok, %{s | upgrades: [old | s.upgrades]}}
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    {:ok, _} = GenServer.start(Live, %{sum: 0, upgrades: []}, name: :live)
    for v <- 2..6 do
      for x <- 1..3, do: GenServer.cast(:live, {:add, x})
      :ok = :sys.suspend(:live)
      :code.purge(Live)
      Code.compile_string(src(v))
      :ok = :sys.change_code(:live, Live, v - 1, nil)
      :ok = :sys.resume(:live)
      IO.inspect(GenServer.call(:live, :state), label: "after upgrade to #{v}")
    end
    IO.inspect(Live.module_info(:attributes)[:vsn])
  end
end

Main.run()
