defmodule Logger do
  @moduledoc """
  Elixir 1.14's Logger with its console backend (Logger.Backends.Console): every entry is
  written to the node's standard output, by default as "\\nHH:MM:SS.mmm [level] message\\n"
  (local time; beamlet uses UTC), else as `config :logger, :console, format: ..., metadata: ...`
  or Logger.configure_backend/2 says (Logger.Formatter).
  As in Elixir, the caller checks the level and formats the entry, and a Logger process
  writes it: asynchronously, so it appears after the caller's own next output, not before.
  `Logger.flush/0` waits until everything logged so far is written.

  The primary level is OTP's :logger's, default :debug (a project's `config :logger, level: ...`
  sets it when its application starts, as mix's app.start restarts Logger).
  Also the reports OTP makes through Logger: a crashed GenServer, a crashed plain
  process (`__process_crashed__/4`, called by the VM), a crashed Task.
  """

  @levels [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug]
  # (with the deprecated :warn: the levels a call may name, a literal list for `in` to unroll)
  @named_levels [:warn | @levels]

  # the process's metadata, where OTP's :logger keeps it
  @truncate {Logger, :truncate}
  @metadata_key :"$logger_metadata$"

  # As in Elixir, the level functions are macros (a caller must `require Logger`): the message and
  # the metadata are evaluated only when the level is enabled; an entry the configuration's
  # :compile_time_purge_matching matches is compiled to nothing
  defmacro debug(message, metadata \\ []), do: macro_log(:debug, message, metadata, __CALLER__)
  defmacro info(message, metadata \\ []), do: macro_log(:info, message, metadata, __CALLER__)
  defmacro notice(message, metadata \\ []), do: macro_log(:notice, message, metadata, __CALLER__)
  defmacro warning(message, metadata \\ []), do: macro_log(:warning, message, metadata, __CALLER__)
  defmacro warn(message, metadata \\ []), do: macro_log(:warning, message, metadata, __CALLER__)
  defmacro error(message, metadata \\ []), do: macro_log(:error, message, metadata, __CALLER__)
  defmacro critical(message, metadata \\ []), do: macro_log(:critical, message, metadata, __CALLER__)
  defmacro alert(message, metadata \\ []), do: macro_log(:alert, message, metadata, __CALLER__)
  defmacro emergency(message, metadata \\ []), do: macro_log(:emergency, message, metadata, __CALLER__)

  defmacro log(level, message, metadata \\ []), do: macro_log(level, message, metadata, __CALLER__)

  # Elixir 1.14's expansion: the entry's location (inside a function) and its metadata as map
  # literals, the application the configuration's :compile_time_application names in both
  defp macro_log(level, message, metadata, caller) do
    {application, file} = compile_time_application_and_file(caller)

    location =
      case caller do
        %{module: module, function: {fun, arity}, line: line} -> %{mfa: {module, fun, arity}, file: file, line: line}
        _ -> %{}
      end

    {compile_metadata, quoted_metadata} =
      if Keyword.keyword?(metadata) do
        metadata = Keyword.merge(application, metadata)
        {Map.merge(location, Map.new(metadata)), escape_metadata(metadata)}
      else
        {%{}, quote(do: Enum.into(unquote(metadata), unquote(escape_metadata(application))))}
      end

    if purged?(if(is_atom(level), do: level, else: :error), compile_metadata) do
      # (in a fn, so that the variables the entry uses count as used)
      quote do
        _ = fn -> {unquote(message), unquote(quoted_metadata)} end
        :ok
      end
    else
      quote do
        case Logger.__should_log__(unquote(level), __MODULE__) do
          nil -> :ok
          level -> Logger.__do_log__(level, unquote(message), unquote(Macro.escape(location)), unquote(quoted_metadata))
        end
      end
    end
  end

  defp compile_time_application_and_file(%{file: file}) do
    case compile_env(:compile_time_application, nil) do
      app when app in [nil, false] -> {[], String.to_charlist(file)}
      app -> {[application: app], String.to_charlist(Path.relative_to_cwd(file))}
    end
  end

  # the :logger environment when a call compiles (an application controller not started yet has
  # none: asking it would start it from the compiler, not where the BEAM has it from boot)
  defp compile_env(key, default) do
    if :erlang.whereis(:application_controller) == :undefined do
      default
    else
      Application.get_env(:logger, key, default)
    end
  end

  # a keyword list of metadata as a map literal (an :mfa tuple escaped)
  defp escape_metadata(metadata) do
    {_, metadata} =
      Keyword.get_and_update(metadata, :mfa, fn
        nil -> :pop
        mfa -> {mfa, Macro.escape(mfa)}
      end)

    {:%{}, [], metadata}
  end

  # whether a filter of :compile_time_purge_matching (a list of keyword lists) matches the entry
  defp purged?(level, compile_metadata) do
    matching = compile_env(:compile_time_purge_matching, [])
    if not is_list(matching), do: bad_purge_matching!(matching)

    Enum.any?(matching, fn filter ->
      if not is_list(filter), do: bad_purge_matching!(matching)

      Enum.all?(filter, fn
        {:level_lower_than, min_level} -> compare_levels(level, min_level) == :lt
        {:module, module} -> match?({:ok, {^module, _, _}}, Map.fetch(compile_metadata, :mfa))
        {:function, name} -> purged_function?(Map.fetch(compile_metadata, :mfa), name)
        {key, value} when is_atom(key) -> Map.fetch(compile_metadata, key) == {:ok, value}
        _ -> bad_purge_matching!(matching)
      end)
    end)
  end

  defp purged_function?({:ok, {_, fun, arity}}, name), do: "#{fun}/#{arity}" == name
  defp purged_function?(_, _), do: false

  defp bad_purge_matching!(matching) do
    raise "expected :compile_time_purge_matching to be a list of keyword lists, got: " <> inspect(matching)
  end

  @doc false
  # OTP's :logger.allow/2, then Elixir's process-level filter (which :logger.allow/2 leaves out): the
  # level, or nil when the entry is discarded. Made at every Logger call, so in one BIF
  # (vm/bifs/logger_level.ts) when no round trip is needed, else by __check_level__/2
  def __should_log__(level, module) do
    case :beamlet.logger_should_log(level, module) do
      # (a level that is none of the eight fails in :logger.allow/2, called on Elixir's line)
      :undefined when level not in @named_levels -> __at_line__(874, :logger_config.less_or_equal_level(level, :logger_config.level_to_int(level()))) && nil
      :undefined -> __MODULE__.__check_level__(level, module)
      answer -> answer
    end
  end

  @doc false
  # (called remotely: the JIT compiles a function with those it calls locally, and the fast path
  # above needs none of these)
  def __check_level__(level, module) do
    level = normalize_level(level)

    if __allow__(level, module) and process_allows?(level) do
      level
    end
  end

  @doc false
  # OTP's :logger.allow/2: the module's level if it has one, else the primary one; a level that is
  # none of the eight fails as it does there. (The primary level is read even when the module has
  # its own: reading it may be a round trip to the application controller, which gives other
  # processes a turn.)
  def __allow__(level, module) do
    module_levels = module_levels()
    primary = level()

    limit =
      case module_levels do
        %{^module => module_level} -> module_level
        _ -> primary
      end

    :logger_config.less_or_equal_level(level, :logger_config.level_to_int(limit))
  end

  defp process_allows?(level) do
    case :erlang.get(:logger_level) do
      # (what Process.get/1 gives as nil)
      :undefined -> true
      nil -> true
      process_level -> compare_levels(level, process_level) != :lt
    end
  end

  # ---- module, application and process levels (OTP's :logger keeps the module ones) ----------

  @module_levels {:logger_config, :"$beamlet_module_levels$"}
  @erlang_levels @levels ++ [:all, :none]

  defp module_levels, do: :persistent_term.get(@module_levels, %{})

  @doc false
  def __module_levels__, do: Enum.sort(module_levels())

  # (one module or a list of them: nil is a module name, as __MODULE__ outside any module, which
  # Elixir's keeps, not an empty list)
  def put_module_level(mod, level), do: set_module_levels(modules(mod), normalize_level(level))

  defp modules(mods) when is_list(mods), do: mods
  defp modules(mod), do: [mod]

  defp set_module_levels(mods, level) do
    cond do
      level not in @erlang_levels -> {:error, {:invalid_level, level}}
      not Enum.all?(mods, &is_atom/1) -> {:error, {:not_a_list_of_modules, mods}}
      true -> :persistent_term.put(@module_levels, Map.merge(module_levels(), Map.new(mods, &{&1, level})))
    end
  end

  def get_module_level(mod) do
    mods = modules(mod)
    for {m, l} <- Enum.sort(module_levels()), m in mods, do: {m, l}
  end

  def delete_module_level(mod) do
    :persistent_term.put(@module_levels, Map.drop(module_levels(), modules(mod)))
    :ok
  end

  def delete_all_module_levels do
    :persistent_term.put(@module_levels, %{})
    :ok
  end

  def put_application_level(app, level) do
    case :application.get_key(app, :modules) do
      {:ok, mods} -> set_module_levels(mods, normalize_level(level))
      :undefined -> {:error, {:not_loaded, app}}
    end
  end

  def delete_application_level(app) do
    case :application.get_key(app, :modules) do
      {:ok, mods} -> delete_module_level(mods)
      :undefined -> {:error, {:not_loaded, app}}
    end
  end

  def put_process_level(pid, level) when pid == self() do
    Process.put(:logger_level, normalize_level(level))
    :ok
  end

  def get_process_level(pid) when pid == self(), do: Process.get(:logger_level, nil)

  def delete_process_level(pid) when pid == self() do
    Process.delete(:logger_level)
    :ok
  end

  @doc false
  def __do_log__(level, fun, location, metadata) when is_function(fun, 0) do
    case fun.() do
      {message, more_metadata} -> __do_log__(level, message, location, Enum.into(more_metadata, Map.new(metadata)))
      message -> __do_log__(level, message, location, metadata)
    end
  end

  def __do_log__(level, message, location, metadata) when is_binary(message) do
    __log_text__(level, {:string, message}, message, entry_metadata(location, metadata))
  end

  # a map or a keyword list is a report, printed as its inspected keyword list
  def __do_log__(level, report, location, metadata) when is_map(report) do
    __log_text__(level, {:report, report}, inspect(Map.to_list(report)), entry_metadata(location, metadata))
  end

  def __do_log__(level, message, location, metadata) when is_list(message) do
    if message != [] and Keyword.keyword?(message) do
      __log_text__(level, {:report, message}, inspect(message), entry_metadata(location, metadata))
    else
      __log_text__(level, {:string, message}, message, entry_metadata(location, metadata))
    end
  end

  def __do_log__(level, other, location, metadata) do
    # (the lines of Elixir 1.14's lib/logger.ex, which its traces show)
    __at_line__(898, IO.warn(
      "passing #{inspect(other)} to Logger is deprecated, expected a map, a keyword list, " <>
        "a string, a list of strings, or a zero-arity anonymous function"
    ))

    text = __at_line__(903, Kernel.to_string(other))
    __log_text__(level, {:string, text}, text, entry_metadata(location, metadata))
  end

  @doc false
  # an entry the levels let through: to the handlers a program added (:logger.add_handler/3) as
  # the event's msg, then to the console as text
  # (the primary filters :logger.add_primary_filter/2 added come first: one may stop the entry or
  # change it, and then the console writes the changed one; text nil: none to write)
  def __log_text__(level, msg, text, metadata) do
    case :logger_backend.primary_filter(level, msg, metadata) do
      :stop ->
        :ok

      %{msg: ^msg, meta: ^metadata} ->
        logged(level, msg, text, metadata)

      %{msg: msg, meta: metadata} ->
        logged(level, msg, message_text(msg), metadata)
    end
  end

  defp logged(level, msg, text, metadata) do
    failed = :logger_backend.dispatch(level, msg, metadata)
    if text, do: emit(level, text, metadata)
    :logger_backend.report_failed(failed)
  end

  # an entry's text as the console writes it: a string, a report as its inspected keyword list,
  # a format with its arguments (nil when they do not fit)
  defp message_text({:string, chardata}), do: chardata
  defp message_text({:report, report}) when is_map(report), do: inspect(Map.to_list(report))
  defp message_text({:report, report}), do: inspect(report)

  defp message_text({format, args}) do
    case :logger.__format_text__(format, args) do
      {:ok, text} -> text
      :error -> nil
    end
  end

  @doc false
  def __entry_metadata__(location, metadata), do: entry_metadata(location, metadata)

  # an entry's metadata, as Elixir's: the process, the caller's function and line, the process's
  # metadata (Logger.metadata/1), then the call's own
  # (location :erlang: an entry of :logger's own functions, which has no [:elixir] domain)
  defp entry_metadata(location, metadata) do
    base = %{pid: self(), gl: Process.group_leader()}
    base = if location == :erlang, do: base, else: Map.put(base, :domain, [:elixir])

    base =
      case location do
        %{mfa: {module, fun, arity}} -> Map.merge(base, Map.put(Map.put(location, :module, module), :function, "#{fun}/#{arity}"))
        _ -> base
      end

    base
    |> Map.merge(Process.get(@metadata_key, %{}))
    |> Map.merge(Map.new(metadata))
  end

  def bare_log(level, message, metadata \\ []) do
    case __at_line__(864, __should_log__(level, nil)) do
      nil -> :ok
      level -> __do_log__(level, message, %{}, metadata)
    end
  end

  defp normalize_level(:warn), do: :warning
  defp normalize_level(level), do: level

  # the primary level, OTP's :logger's (not the application environment: Application.put_env
  # leaves it as it is, Logger.configure leaves the environment as it is)
  def level, do: Application.__logger_level__()

  # OTP's logger server makes every configuration change of Elixir's handler in a process of
  # its own (so a handler's callback cannot deadlock it): each call starts one, which takes a pid
  # number as on the BEAM
  # (then Elixir's handler gets its config set: a MatchError once :logger.remove_handler(Logger)
  # took it away)
  def configure(options) do
    {_pid, ref} = :erlang.spawn_monitor(fn -> __configure__(options) end)

    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    end

    __at_line__(631, :ok = :logger.set_handler_config(Logger, %{config: %{}}))
  end

  @handler_removed {Logger, :handler_removed}

  @doc false
  # whether Elixir's :logger handler is installed (:logger.remove_handler(Logger) removes it)
  def __handler_installed__?, do: not :persistent_term.get(@handler_removed, false)

  @doc false
  def __remove_handler__, do: :persistent_term.put(@handler_removed, true)

  defp __configure__(options) do
    case Keyword.fetch(options, :level) do
      {:ok, level} -> Application.__put_logger_level__(normalize_level(level))
      :error -> :ok
    end

    case Keyword.fetch(options, :truncate) do
      {:ok, n} when n == :infinity or (is_integer(n) and n >= 0) -> :persistent_term.put(@truncate, n)
      _ -> :ok
    end

    :ok
  end

  @doc false
  # the most bytes of a message Logger passes on (Logger.configure(truncate: n), 8096 by default):
  # a longer one is cut at a character's boundary and marked " (truncated)", as Elixir's handler
  def __truncate__(message) do
    case :persistent_term.get(@truncate, 8096) do
      :infinity -> message
      n -> truncate(message, n)
    end
  end

  # (Elixir's Logger.Utils.truncate_n: a binary is cut at n bytes; a list is walked element by
  # element, each code point taking its UTF-8 size, and the element that takes the count below
  # zero is still kept)
  # (Elixir's handler shows the ArgumentError's message for a list that is no chardata)
  defp truncate(message, n) do
    case truncate_n(message, n) do
      {message, left} when left >= 0 -> message
      {message, _} -> [message, " (truncated)"]
    end
  rescue
    e in ArgumentError -> if is_list(message), do: Exception.message(e), else: reraise(e, __STACKTRACE__)
  end

  defp truncate_n(_, n) when n < 0, do: {"", n}

  defp truncate_n(binary, n) when is_binary(binary) do
    if byte_size(binary) <= n, do: {binary, n - byte_size(binary)}, else: {whole_characters(binary_part(binary, 0, n), 3), n - byte_size(binary)}
  end

  defp truncate_n(int, n) when int in 0..127, do: {int, n - 1}
  defp truncate_n(int, n) when int in 128..0x07FF, do: {int, n - 2}
  defp truncate_n(int, n) when int in 0x800..0xFFFF, do: {int, n - 3}
  defp truncate_n(int, n) when is_integer(int) and int >= 0x10000, do: {int, n - 4}
  defp truncate_n(list, n) when is_list(list), do: truncate_list(list, n, [])

  defp truncate_n(other, _n) do
    raise ArgumentError, "cannot truncate chardata because it contains something that is not valid chardata: #{inspect(other)}"
  end

  defp truncate_list(_, n, acc) when n < 0, do: {:lists.reverse(acc), n}

  defp truncate_list([h | t], n, acc) do
    {h, n} = truncate_n(h, n)
    truncate_list(t, n, [h | acc])
  end

  defp truncate_list([], n, acc), do: {:lists.reverse(acc), n}

  defp truncate_list(t, n, acc) do
    {t, n} = truncate_n(t, n)
    {:lists.reverse(acc, t), n}
  end

  # (a character cut in the middle is left out: up to three bytes of it)
  defp whole_characters(bytes, 0), do: bytes

  defp whole_characters(bytes, tries) do
    if bytes == "" or String.valid?(bytes), do: bytes, else: whole_characters(binary_part(bytes, 0, byte_size(bytes) - 1), tries - 1)
  end

  @doc false
  # the Logger application started again in a project (mix's app.start does): the primary level is
  # the environment's :level if it has one (config :logger, level: ...), else :debug
  def __app_start__ do
    case Application.fetch_env(:logger, :level) do
      {:ok, level} -> __configure__(level: level)
      :error -> __configure__(level: :debug)
    end

    # (the console's options too, as its backend starting again reads them)
    case Application.fetch_env(:logger, :console) do
      {:ok, [_ | _] = options} -> configure_backend(:console, options)
      _ -> :ok
    end
  end

  def flush do
    case :erlang.whereis(Logger) do
      :undefined ->
        :ok

      pid ->
        ref = :erlang.monitor(:process, pid)
        send(pid, {:flush, self(), ref})

        receive do
          {^ref, :flushed} -> :erlang.demonitor(ref, [:flush])
          {:DOWN, ^ref, _, _, _} -> :ok
        end

        :ok
    end
  end

  # a process turns its own logging off and on (Elixir's keeps the flag in the process dictionary)
  def enable(pid) when pid == self() do
    Process.delete(:logger_level)
    :ok
  end

  def disable(pid) when pid == self() do
    Process.put(:logger_level, :none)
    :ok
  end

  def enabled?(pid) when pid == self(), do: Process.get(:logger_level, :all) != :none


  def metadata do
    case Process.get(@metadata_key) do
      map when is_map(map) -> Map.to_list(map)
      _ -> []
    end
  end

  def metadata(keyword) do
    map =
      Enum.reduce(keyword, Process.get(@metadata_key, %{}), fn
        {key, nil}, acc -> Map.delete(acc, key)
        {key, value}, acc -> Map.put(acc, key, value)
      end)

    Process.put(@metadata_key, map)
    :ok
  end

  def reset_metadata(keyword \\ []) do
    Process.put(@metadata_key, %{})
    metadata(keyword)
  end

  def compare_levels(level, level), do: :eq

  # (as :logger.compare_levels/2, where :all and :none are the ends)
  def compare_levels(left, right) do
    left = normalize_level(left)
    right = normalize_level(right)

    cond do
      left not in @erlang_levels or right not in @erlang_levels -> :erlang.error(:badarg, [left, right])
      left == right -> :eq
      :logger_config.level_to_int(left) > :logger_config.level_to_int(right) -> :lt
      true -> :gt
    end
  end

  # higher number = more verbose
  defp severity(level), do: index_of(@levels, level, 0)

  defp index_of([level | _], level, i), do: i
  defp index_of([_ | rest], level, i), do: index_of(rest, level, i + 1)
  defp index_of([], level, _), do: raise(ArgumentError, "invalid level: " <> inspect(level))

  defp level_enabled?(level) do
    case level() do
      :none -> false
      :all -> true
      min -> severity(level) <= severity(min)
    end
  end

  # the time stamp is taken now, the entry written later by the Logger process
  # (nothing once Elixir's handler is removed: its console, backends and captures get entries from it)
  defp emit(level, text, metadata \\ %{}) do
    if __handler_installed__?(), do: Logger.Backends.Console.__log__(level, text, timestamp(), metadata), else: :ok
  end

  @doc false
  # ExUnit.CaptureLog: while any capture is on, entries go to the captures' devices (each taking
  # those at its level or above) and not to the console, as ExUnit 1.14 has it
  # (a capture's own :format, :metadata and :colors lay its entries out, over the console's)
  def __capture_on__(device, level, options \\ []) do
    config =
      case Keyword.take(options, [:format, :metadata, :colors]) do
        [] ->
          nil

        layout ->
          case Logger.Backends.Console.__configure__(Logger.Backends.Console.__config__(), layout) do
            {:ok, config} -> config
            {:error, exception, stacktrace} -> reraise exception, stacktrace
          end
      end

    ref = make_ref()
    :ok = Logger.Backends.Console.__call__({:capture_on, ref, device, level, config})
    ref
  end

  @doc false
  def __capture_off__(ref), do: Logger.Backends.Console.__call__({:capture_off, ref})

  # the backends: the console (Logger.Backends.Console), and the program's own
  # (the console's calls first let its process write the entries logged before them, as Elixir's
  # Logger has handled them by the time it answers: they come before what the program prints next)
  def add_backend(backend, opts \\ [])

  def add_backend(:console, _opts) do
    flush()
    Logger.Backends.Console.__call__(:add_console)
  end

  # a backend of the program's own (Logger.Backends.Handlers)
  def add_backend(backend, _opts) when is_atom(backend) or (tuple_size(backend) == 2 and is_atom(elem(backend, 0))) do
    # (Logger.BackendSupervisor's start_child: the backend's watcher, a GenServer whose init/1
    # adds it; the answer is the watcher's pid, or why it did not start and its child spec)
    case Logger.Backends.Console.__handlers__(:start_child, [backend]) do
      :ok ->
        case GenServer.start(Logger.Watcher, {backend, backend}) do
          {:ok, watcher} -> {:ok, watcher}
          {:error, reason} -> {:error, {reason, Logger.Backends.Handlers.child_spec(backend)}}
        end

      error ->
        error
    end
  end

  def remove_backend(backend, opts \\ [])

  def remove_backend(:console, _opts) do
    flush()
    config = Logger.Backends.Console.__config__()

    if config.enabled == false do
      {:error, :not_found}
    else
      # (a handler that crashed still has its watcher: removing it is :ok)
      Logger.Backends.Console.__put_config__(%{config | enabled: false})
    end
  end

  # (the child deleted, its watcher shut down: its terminate/2 takes the handler out, which gets
  # terminate(:ok, state))
  def remove_backend(backend, _opts) when is_atom(backend) or (tuple_size(backend) == 2 and is_atom(elem(backend, 0))) do
    case Logger.Backends.Console.__handlers__(:delete_child, [backend]) do
      nil ->
        {:error, :not_found}

      watcher when is_pid(watcher) ->
        ref = :erlang.monitor(:process, watcher)
        send(watcher, :"$beamlet_shutdown")

        receive do
          {:DOWN, ^ref, _, _, _} -> :ok
        end

      _ ->
        :ok
    end
  end

  # (the backend's process configures it: Logger.Backends.Console.handle_call/2)
  def configure_backend(:console, options) when is_list(options) do
    flush()
    Logger.Backends.Console.__call__({:configure, options})
  end

  def configure_backend(backend, options) when (is_atom(backend) or (tuple_size(backend) == 2 and is_atom(elem(backend, 0)))) and is_list(options),
    do: Logger.Backends.Console.__handlers__(:call, [backend, {:configure, options}])

  @doc false
  # :code's reports (not_purged, must be purged before deleting) are Logger errors made on the
  # code server's behalf; the BIF's own answer comes back through here (vm/bifs/code_loading.ts)
  def __code_server_report__(text, kind, value) do
    if level_enabled?(:error), do: emit_each(text)

    case kind do
      :return -> value
      :error -> :erlang.error(value)
    end
  end

  # one report or several in order (a bad object file: the loader's reason, then the code server's)
  defp emit_each([]), do: :ok
  defp emit_each([text | rest]), do: (emit(:error, text); emit_each(rest))
  defp emit_each(text), do: emit(:error, text)

  # {{year, month, day}, {hour, minute, second, millisecond}} in local time, as Elixir's console
  # (utc_log: false, its default)
  defp timestamp do
    ms = :erlang.system_time(:millisecond)
    # (two BIFs, not :calendar's functions: loading :calendar was 13 ms of a program's first report)
    {date, {h, m, s}} = :erlang.universaltime_to_localtime(:erlang.posixtime_to_universaltime(div(ms, 1000)))
    {date, {h, m, s, rem(ms, 1000)}}
  end

  # ---------------------------------------------------------------------------
  # Reports made by the runtime and by OTP

  @doc false
  # Elixir's handler translates a report of OTP's or the emulator's (Logger.Translator) in the
  # reporting process: the first one of a script loads what the translation calls, one request
  # to the code server each, while the other processes run on (beamlet's own reports call less)
  def __translator_loads__ do
    once(:translator_loads, fn ->
      :code.ensure_loaded(Logger.Translator)
      :code.ensure_loaded(Logger.Utils)
      :code.ensure_loaded(String.Chars)
      :code.ensure_loaded(String.Chars.Integer)
      :code.ensure_loaded(String.Chars.List)
      :code.ensure_loaded(:calendar)
    end)
  end

  @doc false
  # a report of OTP's (a GenServer's crash or unexpected message, a Task's crash): the first one
  # loads Logger's translator and utilities (each a module of Elixir's that beamlet's library
  # does without, waited for all the same) and :calendar for the time stamp
  def __otp_report_loads__ do
    once(:otp_report_loads, fn ->
      :code.ensure_loaded(Logger.Translator)
      :code.ensure_loaded(Logger.Utils)
      :code.ensure_loaded(:calendar)
    end)
  end

  # the loads are made once: later reports find the modules loaded, as on the BEAM (beamlet has
  # no Logger.Translator, whose every ensure_loaded would search the code path again)
  defp once(what, loads) do
    key = {Logger, what}

    unless :persistent_term.get(key, false) do
      loads.()
      :persistent_term.put(key, true)
    end

    :ok
  end

  @doc false
  # a report the emulator sends the logger as text ("Too many processes"), translated as the
  # first report of a script is (vm/bifs/process_limit.ts)
  def __emulator_report__(text) do
    if level_enabled?(:error) do
      __translator_loads__()
      emit(:error, text)
    end

    :ok
  end

  @doc false
  # Called by the VM when a process started with spawn/spawn_link/spawn_monitor dies
  # from an uncaught error or throw (not for exit/1). Prints the emulator's report
  # as Elixir 1.14 translates it.
  def __process_crashed__(pid, kind, reason, stacktrace) do
    case kind do
      :exit ->
        :ok

      _ ->
        reason =
          case kind do
            :throw -> {:nocatch, reason}
            _ -> reason
          end

        if level_enabled?(:error) do
          __translator_loads__()
          exception = Exception.normalize(:error, reason, stacktrace)

          # (the emulator names the node when it is alive, and Logger's translation keeps it)
          on_node = if :erlang.is_alive(), do: [" on node ", inspect(node(pid))], else: []

          # (the metadata of the emulator's report, as Elixir's handler passes it to backends: the
          # process, its group leader, the exception with its stacktrace)
          metadata = %{pid: pid, gl: Process.group_leader(), crash_reason: {exception, stacktrace}, error_logger: %{emulator: true, tag: :error}}

          # (the message as Elixir's translator builds it: the banner and each frame after the name)
          emit(:error, ["Process ", inspect(pid)] ++ on_node ++ [" raised an exception", ?\n, Exception.format_banner(:error, exception, stacktrace) | Logger.Reports.format_stacktrace(stacktrace)], metadata)
        end

        :ok
    end
  end

  @doc false
  # the reports of a crashed GenServer, a failed gen_event handler and a crashed Task
  # (Logger.Reports), when the level lets errors through
  def __gen_server_terminated__(name, reason, last, state, client) do
    if level_enabled?(:error), do: (__otp_report_loads__(); Logger.Reports.gen_server_terminated(name, reason, last, state, client))
    :ok
  end

  @doc false
  def __gen_event_terminated__(handler, name, why, last, state) do
    if level_enabled?(:error), do: Logger.Reports.gen_event_terminated(handler, name, why, last, state)
    :ok
  end

  @doc false
  def __task_terminated__(pid, starter, fun, args, reason) do
    if level_enabled?(:error), do: (__otp_report_loads__(); Logger.Reports.task_terminated(pid, starter, fun, args, reason))
    :ok
  end

  @doc false
  # (called by the VM when standard output failed: user_sup's report, Logger.Reports)
  def __user_terminated__(reason) do
    if level_enabled?(:error), do: Logger.Reports.user_terminated(reason)
    :ok
  end

  @doc false
  # an entry made on OTP's or Elixir's behalf with its whole metadata (Logger.Reports)
  def __emit__(level, text, metadata), do: emit(level, text, metadata)

  @doc false
  def __unexpected_info__(mod, msg) do
    proc =
      case :erlang.process_info(self(), :registered_name) do
        {:registered_name, name} when is_atom(name) and name != [] -> name
        _ -> self()
      end

    # (GenServer's :logger.error/2 with its report and metadata, formatted by its report callback)
    case __should_log__(:error, nil) do
      nil ->
        :ok

      level ->
        __otp_report_loads__()
        metadata = %{domain: [:otp, :elixir], report_cb: &GenServer.format_report/1, error_logger: %{tag: :error_msg}}
        metadata = Map.merge(entry_metadata(%{}, []) |> Map.delete(:domain), metadata)
        # (its io format, each ~p argument as the doc Elixir's handler lays out at inspect's width)
        doc = fn term -> Inspect.Algebra.format(Inspect.Algebra.to_doc(term, %Inspect.Opts{}), 80) end
        text = :io_lib.format('~ts ~ts received unexpected message in handle_info/2: ~ts~n', [doc.(mod), doc.(proc), doc.(msg)])
        emit(level, text, metadata)
    end
  end
end
