# A code_change/3 (GenServer) or code_change/4 (:gen_statem) that raises during
# :sys.change_code/4: the {:error, {:EXIT, {exception, stacktrace}}} reply names OTP's
# frames under the callback (system_code_change/4, sys's do_change_code/5, do_cmd/6,
# handle_system_msg/8); a code_change that returns {:error, _} or upgrades normally.
defmodule Counter do
  use GenServer
  @vsn 1
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:get, _, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

defmodule Machine do
  @behaviour :gen_statem
  def callback_mode, do: :state_functions
  def init(_), do: {:ok, :idle, 0}
  def idle({:call, from}, :get, d), do: {:keep_state_and_data, [{:reply, from, d}]}
  def code_change(_old, _state, _data, :raise), do: raise("statem upgrade failed")
  def code_change(old, state, data, extra), do: {:ok, state, {data, old, extra}}
end

defmodule Main do
  def upgrade(pid, mod, vsn, extra) do
    :ok = :sys.suspend(pid)
    IO.inspect(:sys.change_code(pid, mod, vsn, extra))
    :ok = :sys.resume(pid)
  end

  def run do
    Code.compiler_options(ignore_module_conflict: true)
    {:ok, pid} = Counter.start_link(5)
    GenServer.cast(Counter, :inc)
    IO.inspect(GenServer.call(Counter, :get))

    Code.eval_string("""
    defmodule Counter do
      use GenServer
      @vsn 2
      def init(n), do: {:ok, %{count: n}}
      def handle_call(:get, _, s), do: {:reply, s, s}
      def code_change(1, n, extra) do
        IO.inspect({n, extra}, label: "code_change from 1")
        {:ok, %{count: n}}
      end
      def code_change(old, _s, _extra), do: {:error, {:cannot_upgrade_from, old}}
    end
    """)

    upgrade(pid, Counter, 1, :extra)
    IO.inspect(GenServer.call(Counter, :get))
    upgrade(pid, Counter, 7, [])

    Code.eval_string("""
    defmodule Counter do
      use GenServer
      def init(n), do: {:ok, n}
      def handle_call(:get, _, s), do: {:reply, s, s}
      def code_change(_old, _s, _extra), do: raise "upgrade failed"
    end
    """)

    upgrade(pid, Counter, 2, [])
    IO.inspect(GenServer.call(Counter, :get))

    {:ok, sm} = :gen_statem.start(Machine, [], [])
    upgrade(sm, Machine, 1, :x)
    upgrade(sm, Machine, 1, :raise)
    IO.inspect(:gen_statem.call(sm, :get))
    IO.inspect(:sys.change_code(sm, Machine, 1, :x))
  end
end

Main.run()
