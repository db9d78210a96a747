# OTP 24+ significant children: which child specs and flags :supervisor accepts, and its errors
# (check_childspecs/1,2, a supervisor's init, start_child), as OTP 25 answers them
Process.flag(:trap_exit, true)

defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule FlagsSup do
  def init({flags, children}), do: {:ok, {flags, children}}
end

defmodule Specs do
  def spec(id, fields \\ []) do
    Map.merge(%{id: id, start: {Worker, :start_link, [id]}}, Map.new(fields))
  end
end

IO.puts("-- check_childspecs/2")
for {label, specs, auto} <- [
      {"transient significant, never", [Specs.spec(:a, restart: :transient, significant: true)], :never},
      {"transient significant, any", [Specs.spec(:a, restart: :transient, significant: true)], :any_significant},
      {"temporary significant, all", [Specs.spec(:a, restart: :temporary, significant: true)], :all_significant},
      {"permanent significant, any", [Specs.spec(:a, restart: :permanent, significant: true)], :any_significant},
      {"default restart significant, all", [Specs.spec(:a, significant: true)], :all_significant},
      {"permanent significant, never", [Specs.spec(:a, significant: true)], :never},
      {"bad type after never", [Specs.spec(:a, significant: true, type: :bad)], :never},
      {"bad restart first", [Specs.spec(:a, significant: true, restart: :bad)], :never},
      {"bad significant", [Specs.spec(:a, significant: :yes)], :never},
      {"not significant, never", [Specs.spec(:a, restart: :permanent, significant: false)], :never},
      {"old tuple spec", [{:a, {Worker, :start_link, [:a]}, :transient, 5000, :worker, [Worker]}], :never},
      {"duplicate ids", [Specs.spec(1), Specs.spec(1)], :never},
      {"second spec bad before duplicate", [Specs.spec(1), Specs.spec(1, significant: true)], :never},
      {"empty, any", [], :any_significant},
      {"bad auto_shutdown", [Specs.spec(:a)], :bogus},
      {"bad auto_shutdown, empty", [], 3},
      {"not a list", :x, :never},
      {"undefined", [Specs.spec(:a, restart: :temporary, significant: true)], :undefined}
    ] do
  IO.puts("#{label}: #{inspect(:supervisor.check_childspecs(specs, auto))}")
end

IO.puts("-- check_childspecs/1")
IO.inspect(:supervisor.check_childspecs([Specs.spec(:a, restart: :transient, significant: true)]))
IO.inspect(:supervisor.check_childspecs([Specs.spec(:a, significant: true)]))
IO.inspect(:supervisor.check_childspecs([Specs.spec(:a), Specs.spec(:a)]))

IO.puts("-- supervisor init")
for {label, flags, children} <- [
      {"significant under never", %{}, [Specs.spec(:a, restart: :transient, significant: true)]},
      {"permanent significant", %{auto_shutdown: :any_significant}, [Specs.spec(:a, significant: true)]},
      {"bad auto_shutdown", %{auto_shutdown: :bogus}, []},
      {"strategy before auto_shutdown", %{strategy: :bad, auto_shutdown: :bogus}, []},
      {"intensity before auto_shutdown", %{intensity: -1, auto_shutdown: :bogus}, []},
      {"period before auto_shutdown", %{period: 0, auto_shutdown: :bogus}, []},
      {"tuple flags are never", {:one_for_one, 1, 5}, [Specs.spec(:a, restart: :transient, significant: true)]},
      {"simple_one_for_one under never", %{strategy: :simple_one_for_one}, [Specs.spec(:a, restart: :transient, significant: true)]}
    ] do
  IO.puts("#{label}: #{inspect(:supervisor.start_link(FlagsSup, {flags, children}))}")
end

# Elixir 1.14's Supervisor.start_link/2 and Supervisor.init/2 do not pass :auto_shutdown on
IO.inspect(Supervisor.start_link([Specs.spec(:a, restart: :transient, significant: true)], strategy: :one_for_one, auto_shutdown: :any_significant))
{:ok, {flags, _}} = Supervisor.init([], strategy: :one_for_one, auto_shutdown: :all_significant)
IO.inspect(flags)

IO.puts("-- the state and start_child")
{:ok, sup} = :supervisor.start_link(FlagsSup, {%{auto_shutdown: :all_significant}, [Specs.spec(:a, restart: :transient, significant: true)]})
IO.inspect(:sys.get_state(sup) |> elem(9))
IO.inspect(:supervisor.get_childspec(sup, :a))
IO.inspect(Supervisor.start_child(sup, Specs.spec(:b, significant: true)))
IO.inspect(Supervisor.start_child(sup, Specs.spec(:b, significant: :maybe)))
{:ok, _} = Supervisor.start_child(sup, Specs.spec(:c, restart: :temporary, significant: true))
{:ok, _} = Supervisor.start_child(sup, {:d, {Worker, :start_link, [:d]}, :transient, 5000, :worker, [Worker]})
for id <- [:c, :d], do: IO.inspect(:supervisor.get_childspec(sup, id))
IO.inspect(Supervisor.count_children(sup))

{:ok, plain} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(:sys.get_state(plain) |> elem(9))
IO.inspect(Supervisor.start_child(plain, Specs.spec(:a, restart: :transient, significant: true)))

# DynamicSupervisor (Elixir 1.14) keeps no significance: the key is accepted and not checked
{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, _} = DynamicSupervisor.start_child(dyn, Specs.spec(:a, restart: :transient, significant: true))
{:ok, _} = DynamicSupervisor.start_child(dyn, Specs.spec(:b, significant: true))
IO.inspect(DynamicSupervisor.count_children(dyn))
