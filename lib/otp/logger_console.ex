defmodule Logger.Backends.Console do
  @moduledoc false
  # Logger's console backend: each entry laid out by its format and showing its metadata
  # (Logger.Formatter) by the process that logs, then written by one process started on first use
  # to the node's console (where the BEAM's console backend writes), whichever process or shell
  # logged. Its options are `config :logger, :console, ...` when Logger starts, then
  # Logger.configure_backend(:console, ...); Logger.remove_backend(:console) turns it off
  # (ExUnit's captures still get the entries). They are a persistent term: every logging process
  # reads them.

  @config {__MODULE__, :config}
  # (backends: the modules of the program's own backends, Logger.Backends.Handlers)
  # (colors: nil until the first entry, then whether the console was a terminal then, as Elixir's
  # console reads IO.ANSI.enabled? when Logger starts at boot)
  # the console's place among the handlers, and the entry it writes at its turn
  @console_handler {:"$beamlet_console", nil}
  @console_entry :"$beamlet_console_entry"
  # the entry the console writes next is a crash report (its metadata has :crash_reason)
  @console_crash :"$beamlet_console_crash"
  @default %{format: ["\n", :time, " ", :metadata, "[", :level, "] ", :message, "\n"], metadata: [], level: nil, enabled: true, backends: [], colors: nil, level_colors: %{}}

  # each level's colour on a terminal, as Elixir 1.14's console (info and notice: normal intensity)
  @level_colors %{debug: :cyan, info: :normal, notice: :normal, warning: :yellow, error: :red, critical: :red, alert: :red, emergency: :red}
  @ansi %{black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, normal: 22,
          light_black: 90, light_red: 91, light_green: 92, light_yellow: 93, light_blue: 94, light_magenta: 95, light_cyan: 96, light_white: 97}

  @doc false
  def __config__ do
    case :persistent_term.get(@config, @default) do
      %{colors: nil} = config -> %{config | colors: :beamlet.ansi_default() == true}
      config -> config
    end
  end

  @doc false
  def __put_config__(config), do: :persistent_term.put(@config, config)

  @doc false
  # an entry for the console, laid out now, written by the backend's process
  def __log__(level, message, timestamp, metadata) do
    config = __config__()
    message = Logger.__truncate__(message)
    entry = entry(config, level, message, timestamp, metadata)
    # (the program's own backends get the entry itself)
    # (Elixir 1.14 gives backends the four levels they had before OTP's: :warn for :warning,
    # :info for :notice, :error for :critical, :alert and :emergency)
    # (their metadata as Elixir's handler passes it on: OTP's level first, then the keys in order,
    # with the time of the entry in microseconds)
    event = if config.backends == [], do: nil, else: {backend_level(level), Map.get(metadata, :gl, Process.group_leader()), {Logger, message, timestamp, [{:erl_level, level} | Enum.sort(Map.to_list(Map.put_new(metadata, :time, :os.system_time(:microsecond))))]}}
    console = if config.enabled == true and above?(level, config.level), do: colored(config, level, entry)
    send(__pid__(), {:log, level, entry, console, event, {message, timestamp, metadata}})
    :ok
  end

  defp backend_level(:warning), do: :warn
  defp backend_level(:notice), do: :info
  defp backend_level(level) when level in [:critical, :alert, :emergency], do: :error
  defp backend_level(level), do: level

  @doc false
  # the backend's process (registered as Logger, as Elixir's Logger process is)
  def __pid__ do
    case :erlang.whereis(Logger) do
      :undefined ->
        # (Elixir's Logger process runs from boot, as #PID<0.90.0>: it takes no program's pid)
        # (a node that runs the library starts it when it is first looked up, Node.systemProcess)
        pid = :beamlet.spawn_system(&__start__/0, 90)

        try do
          :erlang.register(Logger, pid)
          pid
        catch
          :error, _ ->
            :erlang.exit(pid, :kill)
            __pid__()
        end

      pid ->
        pid
    end
  end

  @doc false
  # a request to the backend's process, answered once what was logged before it is written
  def __call__(request) do
    pid = __pid__()
    ref = :erlang.monitor(:process, pid)
    send(pid, {request, self(), ref})

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply
    end
  end

  @doc false
  # the options merged into a configuration: {:ok, config} or {:error, exception, stacktrace}
  def __configure__(config, options) do
    config =
      Enum.reduce(options, config, fn
        {:format, format}, c -> %{c | format: Logger.Formatter.compile(format)}
        {:metadata, metadata}, c -> %{c | metadata: metadata_option(metadata)}
        {:level, level}, c -> %{c | level: level}
        {:colors, colors}, c -> colors(c, colors)
        # (colors, device, max_buffer ...: kept by Elixir's, no effect here)
        _, c -> c
      end)

    {:ok, config}
  rescue
    e -> {:error, e, __STACKTRACE__}
  end

  # (enabled: true while the console handler is installed; :crashed once it failed to configure
  # itself, removed but its watcher still there, as Elixir's; false once removed)

  @doc false
  # gen_event's handle_call/2, run by the backend's process as Elixir's handler runs in Logger's
  # (:gen_event.server_call/4): Logger.configure_backend(:console, options) merges the options
  # into the environment's :console, writes it back, then configures the handler from it as it
  # starts (init/2), so that a bad format stays in the environment
  @beamlet_frame_line 89
  def handle_call({:configure, options}, config) do
    env = Keyword.merge(Application.get_env(:logger, :console, []), options)
    Application.put_env(:logger, :console, env)
    {:ok, :ok, init(env, config)}
  end

  @doc false
  # gen_event's init/1: Logger.add_backend(:console) starts the handler from the environment
  @beamlet_frame_line 76
  def init(:console) do
    {:ok, init(Application.get_env(:logger, :console, []), __config__())}
  end

  # the handler's configuration from the environment's options: the format first (a bad one fails
  # here, at Elixir's line, and its $levelpad warns), the rest as they were by default
  @beamlet_frame_line 162
  defp init(env, config) do
    format = Logger.Formatter.compile(Keyword.get(env, :format))
    base = %{config | format: format, metadata: @default.metadata, level: @default.level, colors: @default.colors, level_colors: @default.level_colors}
    {:ok, config} = __configure__(base, Keyword.delete(env, :format))
    config
  end

  # colors: [enabled: bool, LEVEL: color, ...]
  defp colors(config, colors) do
    Enum.reduce(colors, config, fn
      {:enabled, enabled}, c -> %{c | colors: enabled == true}
      {level, color}, c when is_map_key(@level_colors, level) -> %{c | level_colors: Map.put(c.level_colors, level, color)}
      _, c -> c
    end)
  end

  # the entry in its level's colour, on a terminal
  defp colored(%{colors: true} = config, level, entry) do
    case Map.fetch(@ansi, Map.get(config.level_colors, level, Map.get(@level_colors, level))) do
      {:ok, code} -> ["\e[", Integer.to_string(code), ?m, entry | "\e[0m"]
      :error -> entry
    end
  end

  defp colored(_config, _level, entry), do: entry

  defp metadata_option(:all), do: :all
  defp metadata_option(keys) when is_list(keys), do: Enum.reverse(Enum.uniq(Enum.reverse(keys)))

  @doc false
  # (under :proc_lib.init_p_do_apply/3, as OTP's gen_event process: the bottom of its frames)
  def __start__ do
    # (its group leader is the logger application's master, as on the BEAM: started with it when
    # the node starts it, Node.systemProcess, else now)
    leader = Process.group_leader()
    :beamlet.write_to_console()
    :erlang.group_leader(if(leader == self(), do: application_master(), else: leader), self())
    # (as a gen_event manager: a supervised handler's watcher is linked to it)
    Process.flag(:trap_exit, true)
    :proc_lib.init_p_do_apply(__MODULE__, :__loop__, [[], [@console_handler]])
  end

  # a process that stands for the logger application's master: started with Logger (three pid
  # numbers before it: #PID<0.87.0>), leading itself, so that what Logger and the processes it
  # leads write still goes to the console
  defp application_master do
    [_, n, _] = :string.split(:erlang.pid_to_list(self()) -- '<>', '.', :all)
    :beamlet.spawn_system(&__application_master__/0, List.to_integer(n) - 3)
  end

  @doc false
  def __application_master__ do
    receive do
      _ -> __application_master__()
    end
  end

  @doc false
  # (back from :gen_event.handle_msg/6, which passed an entry to the program's own backends)
  def __loop__(captures, handlers), do: loop(captures, handlers)

  # captures: [{ref, device, level, monitor of the device, config}], newest first (config: nil for
  # the console's layout, else the capture's own format, metadata and colors); handlers: the
  # program's own backends ({module, state}) and the console (@console_handler) in the order
  # Elixir's Logger calls them, the newest first (the console, installed at boot, last)
  defp loop(captures, handlers) do
    receive do
      {:log, level, entry, console, event, {message, timestamp, metadata}} ->
        # (whether ExUnit's held-back report comes out before the console's write: see __write__/1)
        Process.put(@console_crash, is_map_key(metadata, :crash_reason))

        if captures != [] do
          for {_ref, device, min, _monitor, config} <- captures, above?(level, min) do
            IO.write(device, if(config, do: colored(config, level, entry(config, level, message, timestamp, metadata)), else: entry))
          end
        end

        console = if captures == [], do: console

        # (the program's own backends get it from gen_event's handle_msg/6, which comes back here;
        # the console writes at its turn among them)
        # (with no backend of the program's own, only the console's turn, when it writes)
        cond do
          event == nil and console == nil ->
            loop(captures, handlers)

          event == nil ->
            Process.put(@console_entry, console)
            :gen_event.handle_msg({:notify, :"$beamlet_console_only"}, captures, handlers, Logger, nil, nil)

          true ->
            Process.put(@console_entry, console)
            :gen_event.handle_msg({:notify, event}, captures, handlers, Logger, nil, nil)
        end

      {:flush, from, ref} ->
        :gen_event.handle_msg({:sync_notify, :flush, from, ref}, captures, handlers, Logger, nil, nil)

      # the program's own backends: added, removed, called
      {{:handlers, :call, [id, query]}, from, ref} ->
        :gen_event.handle_msg({:call, id, query, {:handlers, from, ref}}, captures, handlers, Logger, nil, nil)

      {{:handlers, fun, args}, from, ref} ->
        {reply, handlers} = apply(Logger.Backends.Handlers, fun, [handlers | args])
        send(from, {ref, {reply, for({mod, _} <- handlers, mod != elem(@console_handler, 0), do: mod)}})
        loop(captures, handlers)

      # (the console's handle_call/2 runs under gen_event's handle_msg/6, as in Elixir's Logger)
      {{:configure, options}, from, ref} ->
        :gen_event.handle_msg({:configure_console, options, {:ref, from, ref}}, captures, handlers, Logger, nil, nil)

      # :gen_event.call(Logger, backend, request), as Elixir's Logger (a gen_event manager)
      # answers it: the console's {:configure, options}, or a backend of the program's own
      # ({:error, :bad_module} for one Logger does not have)
      {from, tag, {:call, __MODULE__, {:configure, options}}} when is_pid(from) ->
        :gen_event.handle_msg({:configure_console, options, {:gen, tag}}, captures, handlers, Logger, nil, nil)

      # a backend's watcher adding it (:gen_event.add_sup_handler/3: init/1 runs in gen_event's
      # frames) or taking it out (:gen_event.delete_handler/3)
      {from, tag, {:add_sup_handler, id, args, sup}} when is_pid(from) ->
        :gen_event.handle_msg({:add_sup_handler, id, args, sup, tag}, captures, handlers, Logger, nil, nil)

      {from, tag, {:delete_handler, id, args}} when is_pid(from) ->
        {reply, handlers} = Logger.Backends.Handlers.delete(handlers, id, args)
        GenServer.reply(tag, reply)
        __handlers_changed__(handlers)
        loop(captures, handlers)

      # a watcher ended (linked to it while its handler is there)
      {:EXIT, pid, reason} ->
        handlers = Logger.Backends.Handlers.exited(handlers, pid, reason)
        __handlers_changed__(handlers)
        loop(captures, handlers)

      {from, tag, {:call, handler, query}} when is_pid(from) ->
        :gen_event.handle_msg({:call, handler, query, {:gen, tag}}, captures, handlers, Logger, nil, nil)

      # :gen_event.which_handlers(Logger): the handlers Elixir's Logger holds, the newest first,
      # Logger.Config (installed first) last; one that crashed is gone, its watcher aside
      {from, tag, :which_handlers} when is_pid(from) ->
        console? = __config__().enabled == true

        ids =
          for {mod, state} <- handlers, state != :crashed, mod != elem(@console_handler, 0) or console? do
            if mod == elem(@console_handler, 0), do: __MODULE__, else: mod
          end

        GenServer.reply(tag, ids ++ [Logger.Config])
        loop(captures, handlers)

      # (the console added again is the newest handler: it comes first)
      {:add_console, from, ref} ->
        reply = add_console()
        send(from, {ref, reply})
        handlers = if match?({:ok, _}, reply), do: [@console_handler | List.delete(handlers, @console_handler)], else: handlers
        loop(captures, handlers)

      {{:capture_on, ref, device, level, config}, from, reply_ref} ->
        send(from, {reply_ref, :ok})
        loop([{ref, device, level, :erlang.monitor(:process, device), config} | captures], handlers)

      {{:capture_off, ref}, from, reply_ref} ->
        send(from, {reply_ref, :ok})

        case List.keyfind(captures, ref, 0) do
          {_, _, _, monitor, _} -> :erlang.demonitor(monitor, [:flush])
          nil -> :ok
        end

        loop(List.keydelete(captures, ref, 0), handlers)

      # a backend that crashed, added again by its restarted watcher; past the supervisor's
      # restart intensity, Logger.BackendSupervisor starts again: the program's backends are gone
      # and the environment's :console comes back
      {{:reinstall, id, watcher}, from, ref} ->
        {reply, handlers} =
          case Logger.Backends.Handlers.reinstall(handlers, id, watcher) do
            {:reset, handlers} ->
              :ok = Logger.Backends.Handlers.reset(handlers)
              __put_config__(%{__config__() | enabled: false, backends: []})
              console? = :console in Application.get_env(:logger, :backends, [:console])
              {:gone, if(console? and match?({:ok, _}, add_console()), do: [@console_handler], else: [])}

            other ->
              other
          end

        send(from, {ref, reply})
        __put_config__(%{__config__() | backends: for({mod, _} <- handlers, mod != elem(@console_handler, 0), do: mod)})
        loop(captures, handlers)

      # a capture whose device is gone (its test was killed) ends
      {:DOWN, monitor, :process, _, _} ->
        loop(List.keydelete(captures, monitor, 3), handlers)
    end
  end

  @doc false
  # the answer to a configure request: a reference's or a :gen_event.call's
  def __reply__({:ref, from, ref}, reply), do: send(from, {ref, reply})
  def __reply__({:gen, tag}, reply), do: GenServer.reply(tag, reply)

  # Logger.configure_backend(:console, options) in the backend's process: a failure removes the
  # handler (its watcher stays) and Logger.Watcher reports it on stderr
  @doc false
  # (from :gen_event.handle_msg/6, which called the handler; {:error, :bad_module} once it is gone)
  def __configured__(answer, config) do
    if config.enabled == true do
      case answer do
        {:ok, reply, config} ->
          __put_config__(config)
          reply

        {:EXIT, reason} ->
          __put_config__(%{config | enabled: :crashed})
          IO.write(:standard_error, [":gen_event handler ", inspect(__MODULE__), " installed in Logger terminating\n** (exit) ", Exception.format_exit(reason), ?\n])
          {:error, {:EXIT, reason}}
      end
    else
      {:error, :bad_module}
    end
  end

  # Logger.add_backend(:console) in the backend's process: the handler starts from the
  # environment (Elixir's answer is its watcher's pid; a failure is the supervisor's, naming the
  # watcher's child spec)
  defp add_console do
    config = __config__()

    if config.enabled == false do
      watcher = spawn(fn -> :ok end)

      case :gen_event.handle_msg(__MODULE__, :console, config, Logger, nil, nil) do
        {:ok, config} ->
          __put_config__(%{config | enabled: true})
          {:ok, watcher}

        {:EXIT, reason} ->
          child = {:child, :undefined, __MODULE__, {Logger.Watcher, :start_link, [{__MODULE__, :console}]}, :transient, false, 5000, :worker, [Logger.Watcher]}
          {:error, {{:EXIT, reason}, child}}
      end
    else
      {:error, :already_present}
    end
  end

  @doc false
  # the answer of a call to one of the program's own backends (:gen_event.handle_msg/6): to
  # Logger.configure_backend/2 ({reply, the backends}) or to :gen_event.call/3
  def __answer__({:handlers, from, ref}, reply, handlers) do
    backends = for {mod, _} <- handlers, mod != elem(@console_handler, 0), do: mod
    __put_config__(%{__config__() | backends: backends})
    send(from, {ref, {reply, backends}})
  end

  def __answer__({:gen, tag}, reply, handlers) do
    __put_config__(%{__config__() | backends: for({mod, _} <- handlers, mod != elem(@console_handler, 0), do: mod)})
    GenServer.reply(tag, reply)
  end

  @doc false
  # the program's backends changed (added, removed): entries are made for them while there are
  def __handlers_changed__(handlers) do
    __put_config__(%{__config__() | backends: for({mod, _} <- handlers, mod != elem(@console_handler, 0), do: mod)})
  end

  @doc false
  # a crashed backend's restarted watcher adding it again: :ok, :failed or :gone
  def __reinstall__(id, watcher), do: __call__({:reinstall, id, watcher})

  @doc false
  # Logger.Backends.Handlers' fun on the process's handlers: its reply (the backends it keeps
  # become the configuration's, so that entries are sent to them)
  def __handlers__(fun, args) do
    {reply, backends} = __call__({:handlers, fun, args})
    __put_config__(%{__config__() | backends: backends})
    reply
  end

  @doc false
  # the console's write of an entry (nil: none), at its turn among the handlers
  def __write__(nil), do: :ok

  def __write__(text) do
    # ExUnit's report of a failed test, held back, comes out before a crash report (Elixir's
    # formatter is quicker than Logger's report of a process's crash, but for a test that saw
    # one); a plain entry, quicker than a report the formatter is laying out, comes out before it
    if Process.get(@console_crash, true) and :ets.whereis(:ex_unit_cli_held) != :undefined, do: ExUnit.EventManager.crash_logged()
    IO.write(text)
  end

  # Elixir's console handler state, as gen_event's report of its failure shows it
  defstruct buffer: [], buffer_size: 0, colors: nil, device: :user, format: nil, level: nil, max_buffer: 32, metadata: [], output: nil, ref: nil

  @doc false
  # gen_event's handle_event/2 for the console, at its turn among the handlers (:gen_event's
  # server_update/4): the entry laid out for it goes to the :user device; once that has ended
  # (standard output failed) it fails as Elixir's console does, finding no device of that name
  @beamlet_frame_line 103
  def handle_event(event, text) do
    log_event(event, nil, nil, nil, text)
    {:ok, text}
  end

  @beamlet_frame_line 216
  defp log_event(_event, _message, _timestamp, _metadata, text) do
    async_io(:user, text)
    text
  end

  @beamlet_frame_line 231
  defp async_io(name, text) do
    try do
      __write__(text)
    catch
      :error, :terminated -> raise "no device registered with the name #{inspect(name)}"
    end
  end

  @doc false
  # the console's handle_event/2 failed (reason: {:EXIT, {exception, stacktrace}}): it is removed
  # while its watcher stays (as a failed configure); gen_event reports it, then the watcher, which
  # also writes its report on stderr when Logger has no other handler
  def __crashed__(reason, event) do
    config = __config__()
    __put_config__(%{config | enabled: :crashed})
    colors = Map.merge(Map.merge(@level_colors, config.level_colors), %{enabled: config.colors == true})
    state = %__MODULE__{colors: colors, format: config.format, level: config.level, metadata: config.metadata}
    Logger.__gen_event_terminated__(__MODULE__, Logger, reason, event, state)
    # (its watcher runs from boot, as #PID<0.93.0>: it takes no pid number of the program's)
    :beamlet.spawn_system(fn -> Logger.Backends.Handlers.__watcher_ended__(__MODULE__, reason) end, 93)
    :ok
  end

  defp above?(_level, nil), do: true
  defp above?(level, min), do: Logger.compare_levels(level, min) != :lt

  # the metadata the configuration shows, in its order (:all: the level first, then by key)
  defp entry(config, level, message, timestamp, metadata) do
    shown =
      case config.metadata do
        :all -> [{:erl_level, level} | Enum.sort(Map.to_list(metadata))]
        keys -> for key <- keys, Map.has_key?(metadata, key), do: {key, Map.fetch!(metadata, key)}
      end

    Logger.Formatter.format(config.format, level, message, timestamp, shown)
  end
end
