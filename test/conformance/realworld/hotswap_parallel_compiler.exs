# Hot upgrade of a running counter whose state struct changes between versions
v1 = ~S'''
defmodule Shop.Counter do
  use GenServer
  @vsn 1
  defmodule State, do: defstruct(count: 0)

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: :counter)
  def bump, do: GenServer.call(:counter, :bump)
  def peek, do: GenServer.call(:counter, :peek)

  @impl true
  def init(:ok), do: {:ok, %State{}}
  @impl true
  def handle_call(:bump, _from, %State{count: c} = s), do: {:reply, c + 1, %{s | count: c + 1}}
  def handle_call(:peek, _from, s), do: {:reply, {vsn(), s}, s}

  def vsn, do: hd(Keyword.get(__MODULE__.module_info(:attributes), :vsn))
end
'''

v2 = ~S'''
defmodule Shop.Counter do
  use GenServer
  @vsn 2
  defmodule State, do: defstruct(count: 0, step: 2, history: [])

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: :counter)
  def bump, do: GenServer.call(:counter, :bump)
  def peek, do: GenServer.call(:counter, :peek)

  @impl true
  def init(:ok), do: {:ok, %State{}}
  @impl true
  def handle_call(:bump, _from, %State{count: c, step: st, history: h} = s) do
    {:reply, c + st, %{s | count: c + st, history: Enum.take([c | h], 3)}}
  end
  def handle_call(:peek, _from, s), do: {:reply, {vsn(), s}, s}

  @impl true
  def code_change(1, %{__struct__: _, count: c}, extra) do
    IO.puts("migrating from 1 with extra #{inspect(extra)}")
    {:ok, %State{count: c + 1000}}
  end
  def code_change({:down, 2}, s, _), do: {:ok, s}

  def vsn, do: hd(Keyword.get(__MODULE__.module_info(:attributes), :vsn))
end
'''

defmodule Main do
  require Logger
  def build(dir, src) do
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    path = Path.join(dir, "counter.ex")
    File.write!(path, src)
    {:ok, mods, _warnings} = Kernel.ParallelCompiler.compile_to_path([path], dir) |> fix()
    Enum.sort(mods)
  end

  defp fix({:ok, mods, warns}), do: {:ok, mods, warns}

  def run(v1, v2) do
    base = Path.join(System.tmp_dir!(), "beamlet_conf_hotswap_parallel_compiler")
    ebin1 = Path.join(base, "v1")
    IO.inspect(build(ebin1, v1), label: "built v1")
    true = Code.prepend_path(ebin1)
    {:ok, _} = Supervisor.start_link([Shop.Counter], strategy: :one_for_one, name: Shop.Sup)
    for _ <- 1..3, do: Shop.Counter.bump()
    IO.inspect(Shop.Counter.peek(), label: "v1 state")

    # Rebuild into the same directory, as `mix release --overwrite` would.
    IO.inspect(build(ebin1, v2), label: "built v2 (on disk)")
    IO.inspect(:code.load_file(Shop.Counter), label: "load without purge")
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(:code.purge(Shop.Counter), label: "purge")
    IO.inspect(:sys.suspend(:counter), label: "suspend")
    IO.inspect(:code.purge(Shop.Counter), label: "purge again")
    IO.inspect(:code.load_file(Shop.Counter), label: "load")
    IO.inspect(:code.load_file(Shop.Counter.State), label: "load state")
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(:sys.change_code(:counter, Shop.Counter, 1, :from_script), label: "change_code")
    IO.inspect(:sys.resume(:counter), label: "resume")
    IO.inspect(for(_ <- 1..3, do: Shop.Counter.bump()), label: "bumps")
    {vsn, state} = Shop.Counter.peek()
    IO.inspect({vsn, state}, label: "v2 state")
    IO.inspect(:code.is_loaded(Shop.Counter) |> elem(0))
    IO.inspect(:erlang.check_old_code(Shop.Counter), label: "old code")
    IO.inspect(:code.soft_purge(Shop.Counter), label: "soft_purge")
    IO.inspect(:sys.get_state(:counter).__struct__)
    IO.inspect(Supervisor.which_children(Shop.Sup) |> Enum.map(&elem(&1, 0)))
    IO.inspect(:sys.change_code(:counter, Shop.Counter, 7, nil), label: "change from unknown")
    IO.inspect(Process.alive?(Process.whereis(:counter)))
    File.rm_rf!(base)
  end
end

Main.run(v1, v2)
