# OTP 24+ auto_shutdown: a supervisor with :any_significant stops (reason :shutdown) when a
# significant child stops by itself and is not restarted; with :all_significant once no
# significant child runs. Abnormal exits of transient children restart them as usual, and
# children stopped by terminate_child/2 never shut the supervisor down.
Process.flag(:trap_exit, true)

defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call({:stop, reason}, _from, s), do: {:stop, reason, :ok, s}
end

defmodule FlagsSup do
  def init({flags, children}), do: {:ok, {flags, children}}
end

defmodule Run do
  def spec(id, restart, significant),
    do: %{id: id, start: {Worker, :start_link, [id]}, restart: restart, significant: significant}

  def pid(sup, id), do: Enum.find_value(Supervisor.which_children(sup), fn {i, p, _, _} -> i == id && p end)

  # stops a child of sup: {:stop, reason} (it returns the reason), {:exit, reason} (an exit
  # signal from outside) or :terminate (terminate_child/2); waits until the child is gone
  def stop(sup, id, how) do
    case how do
      :terminate ->
        IO.puts("  terminate_child #{id}: #{inspect(Supervisor.terminate_child(sup, id))}")

      _ ->
        child = pid(sup, id)
        ref = Process.monitor(child)
        stop_child(child, how)
        await_down(ref)
    end
  end

  defp stop_child(child, {:stop, reason}), do: GenServer.call(child, {:stop, reason})
  defp stop_child(child, {:exit, reason}), do: Process.exit(child, reason)

  defp await_down(ref) do
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
  end

  def case(label, flags, specs, stops) do
    IO.puts("== #{label}")
    {:ok, sup} = :supervisor.start_link(FlagsSup, {flags, specs})
    ref = Process.monitor(sup)

    Enum.each(stops, fn {id, how} ->
      if Process.alive?(sup) do
        stop(sup, id, how)
        settle(sup)
      end
    end)

    report(sup, ref)
  end

  defp report(sup, ref) do
    receive do
      {:DOWN, ^ref, :process, ^sup, reason} ->
        IO.puts("  supervisor stopped: #{inspect(reason)}")
        exit_signal(sup)
    after
      0 ->
        running = for {id, p, _, _} <- Supervisor.which_children(sup), do: {id, is_pid(p)}
        IO.puts("  supervisor running, children: #{inspect(running)}")
        Process.unlink(sup)
        Process.exit(sup, :kill)
    end
  end

  defp exit_signal(sup) do
    receive do
      {:EXIT, ^sup, reason} -> IO.puts("  exit signal: #{inspect(reason)}")
    end
  end

  # one call after a child's exit: the supervisor has handled it (or has stopped)
  def settle(sup) do
    :sys.get_state(sup, 5000)
    :ok
  catch
    :exit, _ -> :gone
  end

  def simple(auto, significant) do
    IO.puts("== simple_one_for_one #{auto}, significant #{significant}")
    spec = %{id: :w, start: {Worker, :start_link, []}, restart: :transient, significant: significant}
    {:ok, sup} = :supervisor.start_link(FlagsSup, {%{strategy: :simple_one_for_one, auto_shutdown: auto}, [spec]})
    ref = Process.monitor(sup)
    {:ok, one} = :supervisor.start_child(sup, [1])
    {:ok, two} = :supervisor.start_child(sup, [2])

    for child <- [one, two], Process.alive?(sup) do
      GenServer.call(child, {:stop, :normal})
      settle(sup)
      IO.puts("  after one stops: #{Process.alive?(sup)}")
    end

    case down(ref) do
      {:ok, reason} -> IO.puts("  supervisor stopped: #{inspect(reason)}")
      :running -> IO.puts("  supervisor running: #{inspect(Supervisor.count_children(sup))}")
    end
  end

  def down(ref, timeout \\ 0) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> {:ok, reason}
    after
      timeout -> :running
    end
  end
end

any = %{auto_shutdown: :any_significant}
all = %{auto_shutdown: :all_significant}

Run.case("any: transient stops normally", any, [Run.spec(:a, :transient, true), Run.spec(:b, :transient, true), Run.spec(:c, :permanent, false)], a: {:stop, :normal})
Run.case("any: transient stops with :shutdown", any, [Run.spec(:a, :transient, true), Run.spec(:c, :permanent, false)], a: {:stop, :shutdown})
Run.case("any: transient stops with {:shutdown, _}", any, [Run.spec(:a, :transient, true)], a: {:stop, {:shutdown, :done}})
Run.case("any: transient crashes and is restarted", any, [Run.spec(:a, :transient, true)], a: {:exit, :boom})
Run.case("any: transient killed is restarted", any, [Run.spec(:a, :transient, true)], a: {:exit, :kill})
Run.case("any: temporary crashes", any, [Run.spec(:a, :temporary, true), Run.spec(:c, :permanent, false)], a: {:exit, :boom})
Run.case("any: temporary stops normally", any, [Run.spec(:a, :temporary, true)], a: {:stop, :normal})
Run.case("any: terminate_child", any, [Run.spec(:a, :transient, true), Run.spec(:c, :permanent, false)], a: :terminate)
Run.case("any: a child that is not significant", any, [Run.spec(:a, :transient, false), Run.spec(:b, :temporary, false), Run.spec(:c, :transient, true)], a: {:stop, :normal}, b: {:stop, :normal})
Run.case("all: one of two", all, [Run.spec(:a, :transient, true), Run.spec(:b, :temporary, true), Run.spec(:c, :permanent, false)], a: {:stop, :normal})
Run.case("all: both", all, [Run.spec(:a, :transient, true), Run.spec(:b, :temporary, true), Run.spec(:c, :permanent, false)], a: {:stop, :normal}, b: {:exit, :boom})
Run.case("all: one terminated, the other stops", all, [Run.spec(:a, :transient, true), Run.spec(:b, :temporary, true)], a: :terminate, b: {:stop, :normal})
Run.case("all: the only one crashes", all, [Run.spec(:a, :transient, true)], a: {:exit, :boom})
Run.case("never: transient stops normally", %{}, [Run.spec(:a, :transient, false)], a: {:stop, :normal})
Run.case("one_for_all, any", Map.put(any, :strategy, :one_for_all), [Run.spec(:a, :transient, true), Run.spec(:c, :permanent, false)], a: {:stop, :normal})
Run.case("rest_for_one, all", Map.put(all, :strategy, :rest_for_one), [Run.spec(:c, :permanent, false), Run.spec(:a, :transient, true)], a: {:stop, :normal})

# simple_one_for_one: each dynamic child of a significant spec is significant
for {auto, significant} <- [{:any_significant, true}, {:all_significant, true}, {:any_significant, false}],
    do: Run.simple(auto, significant)

# a significant child added with start_child/2
{:ok, sup} = :supervisor.start_link(FlagsSup, {any, [Run.spec(:c, :permanent, false)]})
{:ok, _} = Supervisor.start_child(sup, Run.spec(:late, :temporary, true))
ref = Process.monitor(sup)
Run.stop(sup, :late, {:stop, :normal})

IO.puts("late child: supervisor stopped: #{inspect(Run.down(ref, 5000))}")

# a supervisor under a supervisor: the parent sees the significant-shutdown as a :shutdown exit
defmodule Parent do
  def init(_) do
    inner = %{id: :inner, start: {:supervisor, :start_link, [FlagsSup, {%{auto_shutdown: :any_significant}, [Run.spec(:a, :transient, true)]}]}, type: :supervisor, restart: :transient}
    {:ok, {%{}, [inner]}}
  end
end

{:ok, parent} = :supervisor.start_link(Parent, [])
[{:inner, inner, :supervisor, _}] = Supervisor.which_children(parent)
Run.stop(inner, :a, {:stop, :normal})
:sys.get_state(parent)
IO.inspect(Supervisor.which_children(parent) |> Enum.map(fn {id, p, t, _} -> {id, p, t} end))
