defmodule Main do
  @v1 """
  defmodule Counter do
    use GenServer
    @vsn 1
    defmodule State do
      defstruct count: 0
    end
    def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :counter)
    def init(n), do: {:ok, %State{count: n}}
    def handle_call(:tick, _from, %State{count: c} = s) do
      s = %{s | count: c + 1}
      {:reply, "count[\#{@vsn}]: \#{s.count}", s}
    end
  end
  """
  @v2 """
  defmodule Counter do
    use GenServer
    @vsn 2
    defmodule State do
      defstruct count: 0, history: []
    end
    def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :counter)
    def init(n), do: {:ok, %State{count: n}}
    def handle_call(:tick, _from, %State{count: c, history: h} = s) do
      s = %{s | count: c + 2, history: [c | h]}
      {:reply, "count[\#{@vsn}]: \#{s.count} \#{inspect(Enum.take(s.history, 3))}", s}
    end
    def code_change(1, %{__struct__: _, count: c}, extra) do
      IO.inspect(extra, label: "code_change extra")
      {:ok, %State{count: c + 1000, history: [:migrated]}}
    end
    def code_change(old, _state, _extra), do: {:error, {:unexpected, old}}
  end
  """

  def build(src, dir) do
    for {mod, bin} <- Code.compile_string(src) do
      File.write!(Path.join(dir, "#{mod}.beam"), bin)
      mod
    end
  end

  def run do
    dir = Path.join(System.tmp_dir!(), "hot_#{:erlang.phash2(make_ref())}")
    File.mkdir_p!(dir)
    :code.add_patha(String.to_charlist(dir))
    mods = build(@v1, dir)
    IO.inspect(mods, label: "built")
    {:ok, sup} = Supervisor.start_link([Counter], strategy: :one_for_one)
    for _ <- 1..3, do: IO.puts(GenServer.call(:counter, :tick))
    IO.inspect(:sys.get_state(:counter), label: "state v1")
    IO.inspect(Counter.module_info(:attributes)[:vsn], label: "vsn")
    # rebuild beam files quietly (redefinition warnings go to stderr)
    Code.compiler_options(ignore_module_conflict: true)
    build(@v2, dir)
    # compile_string loaded v2 already; restore v1 semantics by checking old code
    IO.inspect(:code.is_loaded(Counter), label: "loaded")
    IO.inspect(:code.soft_purge(Counter), label: "soft_purge")
    :ok = :sys.suspend(:counter)
    IO.inspect(:code.purge(Counter), label: "purge")
    IO.inspect(:code.load_file(Counter), label: "load_file")
    IO.inspect(:code.load_file(Counter), label: "load again")
    Process.sleep(1000)
    require Logger
    Logger.flush()
    IO.inspect(:sys.change_code(:counter, Counter, 1, :extra_data), label: "change_code")
    :ok = :sys.resume(:counter)
    for _ <- 1..3, do: IO.puts(GenServer.call(:counter, :tick))
    IO.inspect(:sys.get_state(:counter).__struct__, label: "struct")
    :sys.suspend(:counter)
    IO.inspect(:sys.change_code(:counter, Counter, 7, nil), label: "bad change")
    :sys.resume(:counter)
    IO.inspect(:code.purge(Counter), label: "purge2")
    IO.inspect(:code.delete(Counter), label: "delete")
    IO.inspect(:code.is_loaded(Counter), label: "loaded after delete")
    IO.puts(GenServer.call(:counter, :tick))
    IO.inspect(:code.purge(Counter), label: "purge3")
    Process.sleep(100)
    IO.inspect(Process.whereis(:counter) != nil, label: "restarted")
    Supervisor.stop(sup)
    File.rm_rf!(dir)
  end
end
Main.run()
