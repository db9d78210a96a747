# ExUnit.Server: a registered process holding the configuration, the test modules defined so far
# (async and sync, newest first) and the time they started loading.
defmodule ExUnit.Server do
  @moduledoc false
  @name ExUnit.Server
  # the keys of the :ex_unit application's environment (its .app file) that beamlet knows
  @app_env [:after_suite, :autorun, :capture_log, :exclude, :exit_status, :include, :max_failures, :slowest, :timeout, :trace] ++
             [:colors, :stacktrace_depth, :formatters, :assert_receive_timeout, :refute_receive_timeout]

  @doc "The server as ExUnit.Supervisor's child (the :ex_unit application started)."
  def start_link(_) do
    pid = spawn_link(fn -> loop(initial_state()) end)
    Process.register(pid, @name)
    {:ok, pid}
  end

  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}

  @doc """
  The configuration kept by a server started before the :ex_unit application (ExUnit.configure/1
  before ExUnit.start/1), which is stopped; nil when there is none.
  """
  def take_unsupervised do
    with pid when is_pid(pid) <- Process.whereis(@name),
         nil <- Process.whereis(ExUnit.Supervisor) do
      state = call(:state)
      Process.unregister(@name)
      Process.exit(pid, :kill)
      state
    else
      _ -> nil
    end
  end

  def put_early_config(state), do: call({:put_state, state})

  # (started on its own when ExUnit is used before ExUnit.start/1)
  def ensure_started do
    case Process.whereis(@name) do
      nil ->
        pid = spawn(fn -> loop(initial_state()) end)

        try do
          Process.register(pid, @name)
          :ok
        rescue
          # another process registered it first: keep that one
          ArgumentError ->
            Process.exit(pid, :kill)
            :ok
        end

      _pid ->
        :ok
    end
  end

  defp initial_state do
    %{
      config: [
        after_suite: [],
        autorun: true,
        exclude: [],
        include: [],
        max_cases: System.schedulers_online() * 2,
        max_failures: :infinity,
        seed: :rand.uniform(1_000_000) - 1,
        timeout: 60_000,
        trace: false,
        exit_status: 2,
        capture_log: false,
        slowest: 0,
        colors: [],
        stacktrace_depth: 20,
        formatters: [ExUnit.CLIFormatter],
        assert_receive_timeout: 100,
        refute_receive_timeout: 100
      ],
      async: [],
      sync: [],
      taken: MapSet.new(),
      autorun: false,
      app_loaded: false,
      loaded_at: System.monotonic_time(:microsecond)
    }
  end

  def add_module(module, async?), do: call({:add, module, async?})
  def take_modules, do: call(:take)
  def config, do: call(:config)
  def put_config(key, value), do: call({:put_config, key, value})
  @doc """
  What loading the :ex_unit application does (the first ExUnit.start/1 of a script; `mix test`
  has loaded it before the helper runs): the keys of the application's environment take their
  defaults again, so an ExUnit.configure/1 made before loses them, as on the BEAM.
  """
  def load_app, do: call(:load_app)

  def app_loaded?, do: call(:app_loaded?)
  def autorun_registered?, do: call(:autorun?)
  def set_autorun_registered, do: call(:set_autorun)

  @doc "microseconds spent loading test modules since the server started (or the last run)"
  def modules_loaded, do: call(:modules_loaded)

  defp call(request) do
    ensure_started()
    # monitored, as a GenServer.call: a server that crashed ends the caller, never hangs it
    ref = Process.monitor(@name)
    send(@name, {request, self(), ref})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {__MODULE__, :call, [request]}})
    end
  end

  defp loop(state) do
    receive do
      {request, from, ref} ->
        {reply, state} = handle(request, state)
        send(from, {ref, reply})
        loop(state)
    end
  end

  # `use ExUnit.Case` modules that scripts defined (what @after_compile registers in Elixir),
  # oldest first
  defp discover(taken) do
    for module <- :beamlet.script_modules(),
        not MapSet.member?(taken, module),
        function_exported?(module, :__ex_unit__, 0),
        do: {module, Enum.any?(module.__ex_unit__().tests, & &1.tags[:async])}
  end

  defp handle({:add, module, true}, state), do: {:ok, %{state | async: [module | state.async]}}
  defp handle({:add, module, false}, state), do: {:ok, %{state | sync: [module | state.sync]}}
  defp handle(:take, state) do
    seen = Enum.into(state.async ++ state.sync, state.taken)
    state = Enum.reduce(discover(seen), state, fn {module, async?}, state -> elem(handle({:add, module, async?}, state), 1) end)
    taken = Enum.into(state.async ++ state.sync, state.taken)
    {{state.async, state.sync}, %{state | async: [], sync: [], taken: taken}}
  end
  defp handle(:config, state), do: {state.config, state}
  defp handle(:state, state), do: {state, state}
  defp handle({:put_state, early}, _state), do: {:ok, early}

  # (the :ex_unit application's environment shows the configuration, as on the BEAM)
  defp handle({:put_config, key, value}, state) do
    if state.app_loaded, do: Application.put_env(:ex_unit, key, value)
    {:ok, %{state | config: Keyword.put(state.config, key, value)}}
  end

  defp handle(:load_app, %{app_loaded: true} = state), do: {:ok, state}

  defp handle(:load_app, state) do
    # (a key put with persistent: true, as mix puts config/*.exs, keeps its value, over the default
    # of the application's keys: `config :ex_unit, seed: 0` sets the seed too)
    defaults =
      Enum.flat_map(initial_state().config, fn {key, default} ->
        cond do
          Application.__persistent__?(:ex_unit, key) -> [{key, Application.fetch_env!(:ex_unit, key)}]
          key in @app_env -> [{key, default}]
          true -> []
        end
      end)

    config = Keyword.merge(state.config, defaults)
    for {key, value} <- config, key not in [:max_cases, :seed], do: Application.put_env(:ex_unit, key, value)
    {:ok, %{state | config: config, app_loaded: true}}
  end

  defp handle(:app_loaded?, state), do: {state.app_loaded, state}
  defp handle(:autorun?, state), do: {state.autorun, state}
  defp handle(:set_autorun, state), do: {:ok, %{state | autorun: true}}

  defp handle(:modules_loaded, state) do
    now = System.monotonic_time(:microsecond)
    {now - state.loaded_at, %{state | loaded_at: now}}
  end
end
