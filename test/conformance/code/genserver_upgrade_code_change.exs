# R15-R18: suspend, load a new version, change_code, resume: code_change/3 migrates the state
defmodule Main do
  def src(vsn, step, cc) do
    """
    defmodule Counter do
      use GenServer
      @vsn #{vsn}
      def start_link(n), do: GenServer.start_link(__MODULE__, n, name: :counter)
      def init(n), do: {:ok, n}
      def handle_cast(:increment, n), do: {:noreply, n + #{step}}
      def handle_call(:show, _f, n), do: {:reply, "count[\#{@vsn}]: \#{n}", n}
      #{cc}
    end
    """
  end

  def tick(n) do
    for _ <- 1..n do
      GenServer.cast(:counter, :increment)
      IO.puts(GenServer.call(:counter, :show))
    end
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1, 1, ""))
    {:ok, _pid} = Counter.start_link(0)
    tick(3)
    IO.inspect(:sys.suspend(:counter), label: "suspend")
    GenServer.cast(:counter, :increment)
    Code.compile_string(src(2, 2, "def code_change(1, count, _extra), do: {:ok, count + 1000}"))
    IO.inspect(:sys.change_code(:counter, Counter, 1, nil), label: "change_code")
    IO.inspect(:sys.resume(:counter), label: "resume")
    IO.puts(GenServer.call(:counter, :show))
    tick(2)
    IO.inspect(:sys.get_state(:counter), label: "state")
  end
end

Main.run()
