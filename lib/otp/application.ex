defmodule Application do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @doc """
    Starts the application: called by `Application.start/2` and the functions
    built on it, it starts the application's top process, usually its top
    supervisor, and returns `{:ok, pid}` or `{:ok, pid, state}`, or `{:error,
    reason}` when the application cannot start.

    `start_type` is `:normal` for an ordinary start; `start_args` are the
    arguments given with `:mod` in the application's specification.
    """
  @callback start(term, term) :: term
  @doc """
    Runs before the application's top supervisor is stopped, with the state
    `c:start/2` returned (or `[]`); what it returns is handed to `c:stop/1`.
    Optional.
    """
  @callback prep_stop(term) :: term
  @doc """
    Runs once the application has stopped, its supervision tree gone, with what
    `c:prep_stop/1` returned: for the cleanup the tree could not do. Its result is
    ignored.
    """
  @callback stop(term) :: term
  @doc """
    Told after a code upgrade which keys of the application's environment changed,
    were added or were removed (each a keyword list but the last, a list of keys).
    Returns `:ok`. Optional.
    """
  @callback config_change(term, term, term) :: term
  @doc """
    Runs each phase listed under `:start_phases` in the application's
    specification, in order, once `c:start/2` has returned, with the phase, the
    start type and the phase's arguments. Returns `:ok` or `{:error, reason}`.
    Optional.
    """
  @callback start_phase(term, term, term) :: term
  @optional_callbacks start_phase: 3, prep_stop: 1, config_change: 3

  # `use Application` (Elixir 1.14's Application.__using__)
  defmacro __using__(_opts) do
    quote location: :keep do
      @behaviour Application

      @doc false
      def stop(_state) do
        :ok
      end

      defoverridable stop: 1
    end
  end

  @moduledoc """
  Applications and their environment, kept by one registered process,
  `:application_controller` (started on first use).

  Interface for the CLI / project runner:

    * `Application.__put_spec__(app, keyword)` registers (loads) an application spec,
      the keyword of `application/0` in mix.exs plus project data, e.g.
      `[mod: {Anemone.Application, []}, applications: [:logger], env: [k: 1],
       vsn: '0.1.0', description: 'anemone']`. The `:env` entries become the app's
      environment (keys already set with put_env are kept).
    * `Application.start(app)` / `Application.ensure_all_started(app)` start it:
      the `:applications` (and `:extra_applications`) first, then
      `mod.start(:normal, args)`. Built-in apps (:kernel, :stdlib, :elixir, :logger,
      :compiler, :iex ...) count as started.
    * `Application.stop(app)` calls `mod.prep_stop/1` when defined, shuts the
      application's top process down (exit :shutdown), then `mod.stop(state)`, and
      logs `Application app exited: :stopped` at notice level as OTP does.
  """

  @controller :application_controller
  # the environment, written by the controller and read by everyone (OTP's table of that name)
  @env_table :ac_tab
  # Logger's primary level (vm/bifs/logger_level.ts reads it there too)
  @logger_level {:logger_config, :"$beamlet_primary_level$"}
  @builtin [:kernel, :stdlib, :elixir, :logger, :compiler, :iex, :mix, :crypto, :sasl, :eex, :ex_unit]

  # the built-in applications' description and version as OTP 25 / Elixir 1.14 have them; the
  # first five are loaded and started in every program, newest first as `elixir` starts them
  @builtin_specs %{
    kernel: [description: 'ERTS  CXC 138 10', vsn: '8.5.3'],
    stdlib: [description: 'ERTS  CXC 138 10', vsn: '4.2'],
    compiler: [description: 'ERTS  CXC 138 10', vsn: '8.2.3'],
    elixir: [description: 'elixir', vsn: '1.14.0'],
    logger: [description: 'logger', vsn: '1.14.0'],
    iex: [description: 'iex', vsn: '1.14.0'],
    mix: [description: 'mix', vsn: '1.14.0'],
    eex: [description: 'eex', vsn: '1.14.0'],
    ex_unit: [description: 'ex_unit', vsn: '1.14.0', mod: {ExUnit, []}],
    crypto: [description: 'CRYPTO', vsn: '5.1.2'],
    sasl: [description: 'SASL  CXC 138 11', vsn: '4.2']
  }
  @started_at_boot [:logger, :elixir, :compiler, :stdlib, :kernel]

  # ---------------------------------------------------------------------------
  # Environment

  def get_env(app, key, default \\ nil) do
    case fetch_env(app, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  # read from the controller's :ac_tab table, as OTP's application:get_env/2 does: no round trip,
  # so the other processes get no turn (`Logger.notice("a"); Application.get_env(:x, :y);
  # IO.puts("b")` prints b first, Logger's console still formatting a). (whereis first: a lookup
  # starts the controller, Node.systemProcess, and a controller that has not run yet has no table:
  # it answers then)
  def fetch_env(app, key) do
    reply =
      if :erlang.whereis(@controller) != :undefined and :ets.whereis(@env_table) != :undefined do
        handle_get_env(app, key)
      else
        ctl({:get_env, app, key})
      end

    case reply do
      {:ok, value} -> {:ok, value}
      _ -> :error
    end
  end

  @doc false
  # Logger's primary level (a persistent term, default :debug: OTP's :logger keeps it apart from the
  # environment), read for Logger.level/0 and the level check of Logger calls. When another process
  # could run, it is asked of the controller, as fetch_env/2 does (the round trip gives the others
  # their turn). (A remote call: the JIT compiles a function with those it calls locally, here the
  # whole controller.)
  def __logger_level__ do
    if :erlang.whereis(@controller) != :undefined and :beamlet.runs_alone() do
      :persistent_term.get(@logger_level, :debug)
    else
      __MODULE__.__controller_call__(:logger_level)
    end
  end

  @doc false
  def __put_logger_level__(level), do: ctl({:put_logger_level, level})

  @doc false
  def __controller_call__(request), do: ctl(request)

  def fetch_env!(app, key) do
    case fetch_env(app, key) do
      {:ok, value} ->
        value

      :error ->
        loaded = ctl({:loaded?, app})

        message =
          if loaded do
            "could not fetch application environment " <>
              inspect(key) <>
              " for application " <>
              inspect(app) <> " because configuration at " <> inspect(key) <> " was not set"
          else
            "could not fetch application environment " <>
              inspect(key) <>
              " for application " <>
              inspect(app) <> " because the application was not loaded nor configured"
          end

        __at_line__(730, raise(ArgumentError, message))
    end
  end

  # (persistent: true keeps the value when the application loads later, over its .app's default)
  def put_env(app, key, value, opts \\ []) do
    ctl({:put_env, app, key, value, Keyword.get(opts, :persistent, false)})
    :ok
  end

  def put_all_env(config, opts \\ []) do
    Enum.each(config, fn {app, pairs} ->
      Enum.each(pairs, fn {key, value} -> put_env(app, key, value, opts) end)
    end)

    :ok
  end

  @doc false
  # whether the key was put with persistent: true (the application's load keeps its value)
  def __persistent__?(app, key), do: ctl({:persistent?, app, key})

  def delete_env(app, key, _opts \\ []) do
    ctl({:delete_env, app, key})
    :ok
  end

  def get_all_env(app), do: ctl({:get_all_env, app})

  # compile_env/compile_env!: macros for the module body (as in Elixir), reading the environment
  # when the module compiles; a path [key | keys] reads the key, then goes in with Access.fetch
  defmacro compile_env(app, key_or_path, default \\ nil) do
    if __CALLER__.function do
      raise "Application.compile_env/3 cannot be called inside functions, only in the module body"
    end

    quote do
      Application.compile_env(__ENV__, unquote(app), unquote(key_or_path), unquote(default))
    end
  end

  def compile_env(%Macro.Env{} = env, app, key_or_path, default) do
    case fetch_compile_env(app, key_or_path, env) do
      {:ok, value} -> value
      :error -> default
    end
  end

  defmacro compile_env!(app, key_or_path) do
    if __CALLER__.function do
      raise "Application.compile_env!/2 cannot be called inside functions, only in the module body"
    end

    quote do
      Application.compile_env!(__ENV__, unquote(app), unquote(key_or_path))
    end
  end

  def compile_env!(%Macro.Env{} = env, app, key_or_path) do
    case fetch_compile_env(app, key_or_path, env) do
      {:ok, value} ->
        value

      :error ->
        reason =
          case :application.get_key(app, :vsn) do
            {:ok, _} -> "because configuration at #{inspect(key_or_path)} was not set"
            :undefined -> "because the application was not loaded nor configured"
          end

        raise ArgumentError,
              "could not fetch application environment #{inspect(key_or_path)} for application #{inspect(app)} " <> reason
    end
  end

  @doc false
  def fetch_compile_env(app, key, env \\ nil)
  def fetch_compile_env(app, key, _env) when is_atom(key), do: fetch_env(app, key)
  def fetch_compile_env(app, [key | path], _env) when is_atom(key), do: traverse_env(fetch_env(app, key), path)

  defp traverse_env(return, []), do: return
  defp traverse_env(:error, _path), do: :error
  defp traverse_env({:ok, value}, [key | keys]), do: traverse_env(Access.fetch(value, key), keys)

  # ---------------------------------------------------------------------------
  # Specs, start, stop

  @doc false
  def __put_spec__(app, spec) when is_atom(app) and is_list(spec) do
    ctl({:put_spec, app, spec})
    :ok
  end

  def load(app) when is_atom(app) do
    cond do
      ctl({:loaded?, app}) -> {:error, {:already_loaded, app}}
      app in @builtin -> ctl({:put_spec, app, Map.fetch!(@builtin_specs, app)})
      true -> load_app_file(app)
    end
  end

  # as OTP's application controller: APP.app found on the code path (elixir -pa DIR, :code.add_patha)
  defp load_app_file(app) do
    name = :erlang.atom_to_list(app) ++ '.app'

    with path when is_list(path) <- :code.where_is_file(name),
         {:ok, [{:application, ^app, spec}]} when is_list(spec) <- :file.consult(path) do
      ctl({:put_spec, app, spec})
    else
      _ -> {:error, {'no such file or directory', name}}
    end
  end

  # the spec of a loaded application, or of one loaded now from the code path (start loads it)
  defp spec_or_load(app) do
    case ctl({:spec, app}) do
      :error -> if load_app_file(app) == :ok, do: ctl({:spec, app}), else: :error
      found -> found
    end
  end

  def ensure_loaded(app) when is_atom(app) do
    case load(app) do
      :ok -> :ok
      {:error, {:already_loaded, ^app}} -> :ok
      error -> error
    end
  end

  def unload(app) when is_atom(app) do
    cond do
      ctl({:started?, app}) -> {:error, {:running, app}}
      ctl({:loaded?, app}) -> ctl({:unload, app})
      true -> {:error, {:not_loaded, app}}
    end
  end

  # Application.spec/1,2 as Elixir's: every key :application.get_all_key/1 gives but :env, in its
  # order (defaults for those an application file leaves out)
  @application_keys [:description, :id, :vsn, :modules, :maxP, :maxT, :registered, :included_applications,
    :optional_applications, :applications, :mod, :start_phases]

  def spec(app) when is_atom(app) do
    case :application.get_all_key(app) do
      {:ok, info} -> :lists.keydelete(:env, 1, info)
      :undefined -> nil
    end
  end

  def spec(app, key) when is_atom(app) and key in @application_keys do
    case :application.get_key(app, key) do
      {:ok, value} -> value
      :undefined -> nil
    end
  end

  @doc false
  # the keys of a loaded application as its application file (or the built-in table) gives them,
  # or nil (:application.get_key/2 and get_all_key/1 read them)
  def __loaded_spec__(app) do
    case ctl({:spec, app}) do
      {:ok, spec} -> spec
      :error -> nil
    end
  end

  @doc "The application whose spec lists `module` (nil when none does)."
  def get_application(module) when is_atom(module) do
    case ctl({:module_application, module}) do
      {app, _vsn} ->
        app

      nil ->
        case :beamlet.library_application(module) do
          {app, _vsn} -> app
          nil -> nil
        end
    end
  end

  @doc false
  # "(app vsn) " before a stack frame of an application's module, as Exception formats it; never
  # starts the controller, nor asks it from inside (a crash report of the controller itself)
  def __frame_prefix__(module) do
    case :erlang.whereis(@controller) do
      :undefined -> ""
      pid when pid == self() -> ""
      _ ->
        case ctl({:module_application, module}) do
          {app, vsn} when is_list(vsn) -> "(#{app} #{vsn}) "
          {app, _} -> "(#{app}) "
          nil -> ""
        end
    end
  end

  def loaded_applications do
    Enum.map(ctl(:loaded), fn {app, spec} ->
      {app, Keyword.get(spec, :description, ''), Keyword.get(spec, :vsn, '')}
    end)
  end

  def started_applications(_timeout \\ 5000) do
    Enum.map(ctl(:started), fn app ->
      spec = spec(app) || []
      {app, Keyword.get(spec, :description, ''), Keyword.get(spec, :vsn, '')}
    end)
  end

  def start(app, type \\ :temporary) do
    cond do
      app in @builtin ->
        if ctl({:started?, app}), do: {:error, {:already_started, app}}, else: mark_builtin(app)

      ctl({:started?, app}) ->
        {:error, {:already_started, app}}

      true ->
        case spec_or_load(app) do
          :error ->
            {:error, {'no such file or directory', :erlang.atom_to_list(app) ++ '.app'}}

          {:ok, spec} ->
            missing =
              Enum.find(deps(spec), fn dep -> not (dep in @builtin) and not ctl({:started?, dep}) end)

            if missing do
              {:error, {:not_started, missing}}
            else
              start_mod(app, spec, type)
            end
        end
    end
  end

  # (one with a callback module, :ex_unit, starts under its master as any other)
  defp mark_builtin(app) do
    spec = Map.fetch!(@builtin_specs, app)
    unless ctl({:loaded?, app}), do: ctl({:put_spec, app, spec})

    if Keyword.has_key?(spec, :mod) do
      start_mod(app, spec, :temporary)
    else
      ctl({:started, app, nil, :temporary})
      :ok
    end
  end

  defp deps(spec) do
    Keyword.get(spec, :applications, []) ++ Keyword.get(spec, :extra_applications, [])
  end

  # as OTP's controller: a starter process starts the application (its master and the callback,
  # lib/erlang/application_master.ex, when it has a callback module) and tells the result
  defp start_mod(app, spec, type) do
    controller = controller()
    caller = self()
    tag = make_ref()

    {starter, ref} =
      spawn_monitor(fn ->
        result =
          case Keyword.get(spec, :mod) do
            {mod, args} -> :application_master.start_link(controller, app, {mod, args})
            _ -> {:ok, nil}
          end

        # registered before the starter ends: the master is linked to it until then
        with {:ok, master} <- result, do: ctl({:started, app, master, type})
        send(caller, {tag, result})
      end)

    receive do
      {^tag, result} ->
        Process.demonitor(ref, [:flush])

        case result do
          {:ok, _} ->
            :ok

          {:error, reason} ->
            Logger.bare_log(:notice, "Application " <> :erlang.atom_to_binary(app) <> " exited: " <> format_error(reason))
            {:error, reason}
        end

      {:DOWN, ^ref, :process, ^starter, reason} ->
        {:error, reason}
    end
  end

  def ensure_started(app, type \\ :temporary) do
    case start(app, type) do
      :ok -> :ok
      {:error, {:already_started, ^app}} -> :ok
      other -> other
    end
  end

  def ensure_all_started(app, type \\ :temporary) do
    case do_ensure_all(app, type, []) do
      {:ok, started} -> {:ok, Enum.reverse(started)}
      {:error, _} = error -> error
    end
  end

  defp do_ensure_all(app, type, acc) do
    cond do
      ctl({:started?, app}) ->
        {:ok, acc}

      app in @builtin ->
        with :ok <- mark_builtin(app), do: {:ok, [app | acc]}

      true ->
        case spec_or_load(app) do
          :error ->
            {:error, {app, {'no such file or directory', :erlang.atom_to_list(app) ++ '.app'}}}

          {:ok, spec} ->
            result =
              Enum.reduce_while(deps(spec), {:ok, acc}, fn dep, {:ok, acc} ->
                case do_ensure_all(dep, type, acc) do
                  {:ok, acc} -> {:cont, {:ok, acc}}
                  error -> {:halt, error}
                end
              end)

            case result do
              {:ok, acc} ->
                case start(app, type) do
                  :ok -> {:ok, [app | acc]}
                  {:error, {:already_started, ^app}} -> {:ok, acc}
                  {:error, reason} -> {:error, {app, reason}}
                end

              error ->
                error
            end
        end
    end
  end

  def stop(app) do
    case ctl({:take_started, app}) do
      :error ->
        {:error, {:not_started, app}}

      {:ok, {master, _type}} ->
        if is_pid(master) do
          stop_master(master)
          # as OTP's controller logs it before it answers, once the master's work is done
          exited(app, :stopped)
        else
          Logger.bare_log(:notice, "Application " <> :erlang.atom_to_binary(app) <> " exited: :stopped")
        end

        :ok
    end
  end

  defp exited(app, reason) do
    Logger.bare_log(:notice, "Application " <> :erlang.atom_to_binary(app) <> " exited: " <> format_error(reason))
    Logger.flush()
  end

  defp stop_master(master) do
    ref = :erlang.monitor(:process, master)
    send(master, {:stop, self(), ref})

    receive do
      {^ref, :ok} -> :erlang.demonitor(ref, [:flush])
      {:DOWN, ^ref, :process, ^master, _} -> :ok
    end

    :ok
  end

  @doc false
  # the application master of a started application (:application_controller.get_master/1)
  def __master__(app) do
    case ctl({:master, app}) do
      pid when is_pid(pid) -> pid
      _ -> :undefined
    end
  end

  @doc false
  # :application.info/0: the controller's tables as OTP 25 lists them (nothing is ever loading,
  # starting or started with start: false here)
  def __info__ do
    started = ctl(:started_entries)

    [
      loaded: loaded_applications(),
      loading: [],
      started: for({app, {_, type}} <- started, do: {app, type}),
      start_p_false: [],
      running: for({app, {master, _}} <- started, do: {app, if(is_pid(master), do: master, else: :undefined)}),
      starting: []
    ]
  end

  @doc false
  # the node stops (System.stop/1): each application with a master stops, newest first, quietly
  # as OTP's controller stops them at shutdown
  def __stop_all__ do
    for {app, {master, _}} <- ctl(:started_entries), is_pid(master) do
      ctl({:take_started, app})
      stop_master(master)
    end

    :ok
  end

  @doc false
  def __starting__(app, master), do: ctl({:starting, app, master})

  @doc false
  # the started application whose master is `pid` (:application.get_application/0,1)
  def __application_of_master__(pid), do: ctl({:application_of, pid})

  @doc "The directory of application `app`: the code server's `:code.lib_dir/1`."
  def app_dir(app) when is_atom(app) do
    case :code.lib_dir(app) do
      lib when is_list(lib) -> IO.chardata_to_string(lib)
      {:error, :bad_name} -> raise ArgumentError, "unknown application: #{inspect(app)}"
    end
  end

  @doc "`path` (a string, or a list of parts) inside the directory of application `app`."
  def app_dir(app, path) when is_atom(app) and is_binary(path), do: Path.join(app_dir(app), path)
  def app_dir(app, path) when is_atom(app) and is_list(path), do: Path.join([app_dir(app) | path])

  def format_error(reason) do
    try do
      error_text(reason)
    catch
      # a reason shaped like a known one but holding what its text cannot show
      :error, _ -> inspect(reason)
    end
  end

  defp error_text({{:EXIT, :normal}, {mod, :start, args}}), do: Exception.format_exit({:normal, {mod, :start, args}})

  defp error_text({:bad_return, {{mod, :start, args}, {:EXIT, exit}}}),
    do: Exception.format_exit({exit, {mod, :start, args}})

  defp error_text({:bad_return, {{mod, :start, args}, return}}),
    do: Exception.format_mfa(mod, :start, args) <> " returned a bad value: " <> inspect(return)

  defp error_text({'no such file or directory', file}), do: "could not find application file: #{file}"
  defp error_text({:already_started, app}) when is_atom(app), do: "already started application #{app}"
  defp error_text({:not_started, app}) when is_atom(app), do: "not started application #{app}"
  defp error_text({:already_loaded, app}) when is_atom(app), do: "already loaded application #{app}"
  defp error_text({:not_loaded, app}) when is_atom(app), do: "not loaded application #{app}"
  defp error_text({:bad_application, app}), do: "bad application: #{inspect(app)}"
  defp error_text({:invalid_restart_type, type}), do: "invalid application restart type: #{inspect(type)}"
  defp error_text({:invalid_name, name}), do: "invalid application name: #{inspect(name)}"
  defp error_text({:invalid_options, opts}), do: "invalid application options: #{inspect(opts)}"
  defp error_text({:badstartspec, spec}), do: "bad application start specs: #{inspect(spec)}"

  defp error_text({exit, {mod, :start, args}}),
    do: Exception.format_mfa(mod, :start, args) <> " returned an error: " <> Exception.format_exit(exit)

  defp error_text(other), do: Exception.format_exit(other)

  # ---------------------------------------------------------------------------
  # The controller process

  defp ctl(request) do
    pid = controller()
    ref = :erlang.monitor(:process, pid)
    send(pid, {@controller, self(), ref, request})

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {Application, :controller, [request]}})
    end
  end

  defp controller do
    case :erlang.whereis(@controller) do
      # (a node that runs the library starts it when it is first looked up, Node.systemProcess)
      :undefined ->
        pid = :beamlet.spawn_system(&__controller__/0, 44)

        try do
          :erlang.register(@controller, pid)
          pid
        catch
          :error, _ ->
            :erlang.exit(pid, :kill)
            controller()
        end

      pid ->
        pid
    end
  end

  @doc false
  # the controller process (#PID<0.44.0>, as OTP's): it traps exits, a master's exit is its
  # application's end
  def __controller__ do
    # (the keys and environment of the applications every program starts with are Elixir's:
    # lib/otp/application_builtin.ex; :elixir's ansi_enabled is the node's, as elixir's launcher
    # sets it on a terminal)
    envs = Application.Builtin.envs()
    envs = Map.put(envs, :elixir, :lists.keyreplace(:ansi_enabled, 1, envs.elixir, {:ansi_enabled, :beamlet.ansi_default()}))

    booted = %{
      env: envs,
      specs: Map.merge(Map.take(@builtin_specs, @started_at_boot), Application.Builtin.specs()),
      # (elixir's launcher starts its own applications temporary, after kernel and stdlib)
      started: for(app <- @started_at_boot, do: {app, {nil, if(app in [:kernel, :stdlib], do: :permanent, else: :temporary)}}),
      masters: %{},
      # (module_application's answers, kept until the specs change)
      module_apps: %{},
      # {app, key} put with persistent: true
      persistent: %{}
    }

    Process.flag(:trap_exit, true)
    :ets.new(@env_table, [:set, :public, :named_table, read_concurrency: true])
    sync_env_table(%{}, booted.env)
    controller_loop(booted)
  end

  # (the VM names ExUnit's frames "(ex_unit vsn)" only while its application is loaded)
  defp specs_changed(data) do
    :beamlet.ex_unit_loaded(is_map_key(data.specs, :ex_unit))
    %{data | module_apps: %{}}
  end

  defp controller_loop(data) do
    receive do
      {@controller, from, ref, request} ->
        {reply, new_data} = handle(request, data)
        if new_data.env !== data.env, do: sync_env_table(data.env, new_data.env)
        new_data = if new_data.specs !== data.specs, do: specs_changed(new_data), else: new_data
        send(from, {ref, reply})
        controller_loop(new_data)

      {:EXIT, pid, reason} ->
        controller_loop(master_exited(pid, reason, data))

      _ ->
        controller_loop(data)
    end
  end

  defp handle_get_env(app, key) do
    case :ets.lookup(@env_table, {:env, app, key}) do
      [{_, value}] -> {:ok, value}
      [] -> :error
    end
  end

  # the table follows the environment the controller keeps (the order of get_all_env is its own)
  defp sync_env_table(old, new) do
    for {app, pairs} <- old, {key, _} <- pairs, not :lists.keymember(key, 1, Map.get(new, app, [])) do
      :ets.delete(@env_table, {:env, app, key})
    end

    for {app, pairs} <- new, pairs !== Map.get(old, app), {key, value} <- pairs do
      :ets.insert(@env_table, {{:env, app, key}, value})
    end
  end

  defp handle({:get_env, app, key}, data), do: {handle_get_env(app, key), data}
  defp handle(:logger_level, data), do: {:persistent_term.get(@logger_level, :debug), data}

  defp handle({:put_logger_level, level}, data) do
    :persistent_term.put(@logger_level, level)
    {:ok, data}
  end

  defp handle({:put_env, app, key, value, true}, data) do
    handle({:put_env, app, key, value, false}, %{data | persistent: Map.put(data.persistent, {app, key}, true)})
  end

  defp handle({:persistent?, app, key}, data), do: {Map.has_key?(data.persistent, {app, key}), data}

  defp handle({:put_env, app, key, value, _}, data) do
    pairs = Map.get(data.env, app, [])

    pairs =
      case :lists.keyfind(key, 1, pairs) do
        false -> [{key, value} | pairs]
        _ -> :lists.keyreplace(key, 1, pairs, {key, value})
      end

    {:ok, %{data | env: Map.put(data.env, app, pairs)}}
  end

  defp handle({:delete_env, app, key}, data) do
    pairs = :lists.keydelete(key, 1, Map.get(data.env, app, []))
    {:ok, %{data | env: Map.put(data.env, app, pairs)}}
  end

  defp handle({:get_all_env, app}, data), do: {Map.get(data.env, app, []), data}

  defp handle({:put_spec, app, spec}, data) do
    old = Map.get(data.env, app, [])

    env =
      Enum.reduce(Enum.reverse(Keyword.get(spec, :env, [])), old, fn {k, v}, acc ->
        case :lists.keyfind(k, 1, acc) do
          false -> [{k, v} | acc]
          _ -> acc
        end
      end)

    {:ok, %{data | specs: Map.put(data.specs, app, spec), env: Map.put(data.env, app, env)}}
  end

  defp handle({:unload, app}, data), do: {:ok, %{data | specs: Map.delete(data.specs, app), env: Map.delete(data.env, app)}}
  defp handle({:loaded?, app}, data), do: {Map.has_key?(data.specs, app), data}
  defp handle({:spec, app}, data), do: {Map.fetch(data.specs, app), data}
  defp handle(:loaded, data), do: {Map.to_list(data.specs), data}

  # the first loaded application (in name order) whose spec lists the module, with its vsn, or
  # nil: asked for each frame of a crash report, so the specs (1,500 module names in the builtin
  # applications alone) are scanned here rather than copied to the asking process. (An index built
  # at the first question cost a program's first crash report more than the scans it saved; each
  # answer is kept, so the next reports of the same frames scan nothing.)
  defp handle({:module_application, module}, %{module_apps: known} = data) when is_map_key(known, module),
    do: {Map.fetch!(known, module), data}

  defp handle({:module_application, module}, data) do
    found =
      Enum.find_value(data.specs, fn {app, spec} ->
        if :lists.member(module, Keyword.get(spec, :modules, [])), do: {app, Keyword.get(spec, :vsn)}
      end)

    {found, %{data | module_apps: Map.put(data.module_apps, module, found)}}
  end

  defp handle({:started?, app}, data), do: {:lists.keymember(app, 1, data.started), data}

  # a master registers as it starts: its processes belong to the application from the start on
  defp handle({:starting, app, master}, data) do
    :erlang.link(master)
    {:ok, %{data | masters: Map.put(data.masters, master, app)}}
  end

  defp handle({:started, app, master, type}, data) do
    {:ok, %{data | started: [{app, {master, type}} | data.started]}}
  end

  defp handle({:master, app}, data) do
    case :lists.keyfind(app, 1, data.started) do
      {^app, {master, _}} -> {master, data}
      false -> {nil, data}
    end
  end

  defp handle({:application_of, pid}, data) do
    case Map.fetch(data.masters, pid) do
      {:ok, app} -> {{:ok, app}, data}
      :error -> {:undefined, data}
    end
  end

  defp handle(:started_entries, data), do: {data.started, data}
  defp handle(:started, data), do: {Enum.map(data.started, fn {app, _} -> app end), data}

  # a master ended while its application ran (its top process died): the application is no longer
  # started; it is logged, and a permanent application (or a transient one that ended abnormally)
  # takes the node down as OTP's controller does. The log is written from a process of its own:
  # Logger asks this process for its level.
  defp master_exited(pid, reason, data) do
    data = %{data | masters: Map.delete(data.masters, pid)}

    case Enum.find(data.started, fn {_, {master, _}} -> master == pid end) do
      nil ->
        data

      {app, {_, type}} ->
        :beamlet.spawn_system(fn -> application_exited(app, type, reason) end, -1)
        %{data | started: :lists.keydelete(app, 1, data.started)}
    end
  end

  defp application_exited(app, type, reason) do
    Logger.bare_log(:notice, "Application " <> :erlang.atom_to_binary(app) <> " exited: " <> format_error(reason))

    if type == :permanent or (type == :transient and reason != :normal) do
      Logger.flush()
      term = :io_lib.format('~w', [{:application_terminated, app, reason}]) |> IO.chardata_to_string()
      IO.puts(~s({"Kernel pid terminated",application_controller,) <> inspect(term) <> "}")
      IO.write(:stderr, "Kernel pid terminated (application_controller) (" <> term <> ")\n")
      :erlang.halt(1)
    end
  end

  defp handle({:take_started, app}, data) do
    case :lists.keyfind(app, 1, data.started) do
      {^app, info} -> {{:ok, info}, %{data | started: :lists.keydelete(app, 1, data.started)}}
      false -> {:error, data}
    end
  end
end
