# Erlang's :logger API as an Elixir program calls it, over Logger (lib/otp/logger.ex): the level
# functions and log/2,3,4 with a string, a report (map or keyword list) or a format and its
# arguments (the console shows ~p/~P/~w/~W arguments as Elixir's inspect does, as Elixir's Logger
# translates them), metadata maps; the primary level, module and application levels, allow/2,
# compare_levels/2; handlers a program adds, with their levels and filters (lib/erlang/logger_backend.ex).
# OTP's default formatter and standard handler are lib/erlang/logger_formatter.ex and logger_std_h.ex.
defmodule :logger do
  @moduledoc false
  @levels [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug]

  def emergency(message), do: log(:emergency, message)
  def emergency(message, args_or_meta), do: log(:emergency, message, args_or_meta)
  def emergency(format, args, meta), do: log(:emergency, format, args, meta)
  def alert(message), do: log(:alert, message)
  def alert(message, args_or_meta), do: log(:alert, message, args_or_meta)
  def alert(format, args, meta), do: log(:alert, format, args, meta)
  def critical(message), do: log(:critical, message)
  def critical(message, args_or_meta), do: log(:critical, message, args_or_meta)
  def critical(format, args, meta), do: log(:critical, format, args, meta)
  def error(message), do: log(:error, message)
  def error(message, args_or_meta), do: log(:error, message, args_or_meta)
  def error(format, args, meta), do: log(:error, format, args, meta)
  def warning(message), do: log(:warning, message)
  def warning(message, args_or_meta), do: log(:warning, message, args_or_meta)
  def warning(format, args, meta), do: log(:warning, format, args, meta)
  def notice(message), do: log(:notice, message)
  def notice(message, args_or_meta), do: log(:notice, message, args_or_meta)
  def notice(format, args, meta), do: log(:notice, format, args, meta)
  def info(message), do: log(:info, message)
  def info(message, args_or_meta), do: log(:info, message, args_or_meta)
  def info(format, args, meta), do: log(:info, format, args, meta)
  def debug(message), do: log(:debug, message)
  def debug(message, args_or_meta), do: log(:debug, message, args_or_meta)
  def debug(format, args, meta), do: log(:debug, format, args, meta)

  # OTP's entry points: a message and metadata, or a format (or a fun) and its arguments; what the
  # entry is (a format, a report, a string) is told once the level lets it through, and anything
  # else fails there as in OTP 25's logger.erl (its lines, which the traces show)
  def log(level, message), do: do_log(level, message, %{})
  def log(level, message, meta) when is_map(meta) and not is_function(message), do: do_log(level, message, meta)
  def log(level, fun_or_format, args), do: do_log(level, {fun_or_format, args}, %{})
  def log(level, format, args, meta), do: do_log(level, {format, args}, meta)

  @file "logger.erl"
  defp do_log(level, msg, meta) do
    # (a level that is none of the eight fails in the primary level's check)
    unless level in @levels, do: __at_line__(1087, :logger_config.less_or_equal_level(level, :logger_config.level_to_int(Logger.level())))

    if allow_entry(level, module_of(is_map(meta) && meta[:mfa])) do
      log_allowed(%{}, level, msg, meta)
    else
      :ok
    end
  end

  # a fun and its argument: called only when the level is allowed; it gives {format, args}, a
  # report or a string (each optionally with metadata as {it, meta}), or :ignore
  defp log_allowed(location, level, {fun, arg} = lazy, meta) when is_function(fun, 1) do
    result =
      try do
        {:ok, fun.(arg)}
      catch
        kind, reason -> {:crash, {kind, reason}}
      end

    case result do
      {:ok, {format, args} = msg} when (is_list(format) or is_binary(format) or is_atom(format)) and is_list(args) -> log_allowed(location, level, msg, meta)
      {:ok, report} when is_map(report) or (is_list(report) and report != [] and is_tuple(hd(report))) -> log_allowed(location, level, report, meta)
      {:ok, string} when is_list(string) or is_binary(string) -> log_allowed(location, level, string, meta)
      {:ok, {message, more}} when is_map(more) -> log_allowed(location, level, message, Map.merge(meta, more))
      {:ok, :ignore} -> :ok
      {:ok, other} -> log_allowed(location, level, {'LAZY_FUN ERROR: ~tp; Returned: ~tp', [lazy, other]}, meta)
      {:crash, reason} -> log_allowed(location, level, {'LAZY_FUN CRASH: ~tp; Reason: ~tp', [lazy, reason]}, meta)
    end
  end

  defp log_allowed(location, level, msg, meta) when is_map(meta) do
    full_meta = Map.merge(%{pid: self(), gl: Process.group_leader(), time: :os.system_time(:microsecond)}, Map.merge(location, meta))
    # (the logger table and the primary configuration, as OTP passes them on)
    do_log_allowed(level, msg, full_meta, make_ref(), Map.put(get_primary_config(), :handlers, get_handler_ids()))
  end

  @file "logger.erl"
  defp log_allowed(location, level, msg, meta), do: __at_line__(1102, :erlang.error(:function_clause, [location, level, msg, meta]))

  @file "logger.erl"
  defp do_log_allowed(level, {format, args}, meta, _tid, _config) when (is_list(format) or is_binary(format) or is_atom(format)) and is_list(args),
    do: log_format(level, format, args, entry_metadata(meta))

  defp do_log_allowed(level, report, meta, _tid, _config) when is_map(report),
    do: Logger.__log_text__(level, {:report, report}, inspect(Map.to_list(report)), entry_metadata(meta))

  defp do_log_allowed(level, report, meta, _tid, _config) when is_list(report) and report != [] and is_tuple(hd(report)),
    do: Logger.__log_text__(level, {:report, report}, inspect(report), entry_metadata(meta))

  defp do_log_allowed(level, string, meta, _tid, _config) when is_list(string) or is_binary(string),
    do: Logger.__log_text__(level, {:string, string}, string, entry_metadata(meta))

  defp do_log_allowed(level, msg, meta, tid, config), do: __at_line__(1159, :erlang.error(:function_clause, [level, msg, meta, tid, config]))

  # (Logger adds the pid, group leader and time itself)
  defp entry_metadata(meta), do: Logger.__entry_metadata__(:erlang, meta |> Map.drop([:pid, :gl, :time]) |> Map.to_list())

  defp log_format(level, format, args, metadata) do
    # (a format that fails is dropped, as the console shows nothing for it)
    case __format_text__(format, args) do
      {:ok, text} -> Logger.__log_text__(level, {format, args}, text, metadata)
      :error -> Logger.__log_text__(level, {format, args}, nil, metadata)
    end
  end

  defp module_of({m, _, _}), do: m
  defp module_of(_), do: nil

  # the format with each ~p/~P/~w/~W argument shown as Elixir's inspect (Logger.Utils' scan_inspect)
  @doc false
  def __format_text__(format, args) do
    {fmt, new_args} = translate(:unicode.characters_to_list(to_format(format)), args, [], [])
    # (the chardata io_lib makes of it, as Elixir's handler builds it: nested as io_lib nests it)
    {:ok, :io_lib.format(fmt, new_args)}
  rescue
    _ -> :error
  end

  defp to_format(f) when is_atom(f), do: Atom.to_charlist(f)
  defp to_format(f), do: f

  defp translate([], args, fmt, acc), do: {Enum.reverse(fmt), Enum.reverse(acc, args)}

  defp translate([?~ | rest], args, fmt, acc) do
    {spec, [control | rest]} = Enum.split_while(rest, &(&1 in ?0..?9 or &1 in [?., ?*, ?-, ?t, ?l, ?k, ?K] or (&1 < ?A and &1 != ?~)))
    stars = Enum.count(spec, &(&1 == ?*))
    {star_args, args} = Enum.split(args, stars)

    case control do
      # (~p and ~P are laid out at the field's width, 80 without one; ~w and ~W on one line; ~lp
      # shows charlists as lists; the depth of ~P and ~W is inspect's limit)
      c when c in [?p, ?w, ?P, ?W] ->
        {[term | depth], args} = Enum.split(args, if(c in [?P, ?W], do: 2, else: 1))
        charlists = if ?l in spec, do: :as_lists, else: :infer
        opts = %Inspect.Opts{charlists: charlists, limit: List.first(depth, 50)}
        width = if c in [?w, ?W], do: :infinity, else: field_width(spec, star_args)
        text = Inspect.Algebra.format(Inspect.Algebra.to_doc(term, opts), width)
        translate(rest, args, Enum.reverse('~ts', fmt), [text | acc])

      c when c in [?n, ?~] ->
        translate(rest, args, Enum.reverse([?~ | spec] ++ [c], fmt), Enum.reverse(star_args, acc))

      c ->
        [arg | args] = args
        translate(rest, args, Enum.reverse([?~ | spec] ++ [c], fmt), [arg | Enum.reverse(star_args, acc)])
    end
  end

  defp translate([c | rest], args, fmt, acc), do: translate(rest, args, [c | fmt], acc)

  # a control's field width (its digits or its `*` argument), 80 without one
  defp field_width([?* | _], [width | _]) when is_integer(width), do: abs(width)
  defp field_width([?- | spec], star_args), do: field_width(spec, star_args)

  defp field_width(spec, _star_args) do
    case Enum.take_while(spec, &(&1 in ?0..?9)) do
      [] -> 80
      digits -> List.to_integer(digits)
    end
  end

  # a report as {format, args}, as OTP's default report_cb: a key-value list (or map) one pair a
  # line, a printable text as itself, anything else ~tp
  def format_report(report) when is_map(report), do: format_report(:maps.to_list(report))

  def format_report(report) when is_list(report) do
    case :lists.flatten(report) do
      [] -> {'~tp', [[]]}
      flat -> if :io_lib.printable_list(flat), do: {'~ts', [flat]}, else: format_term_list(report, [], [])
    end
  end

  def format_report(report), do: {'~tp', [report]}

  defp format_term_list([{tag, data} | rest], format, args) do
    control = if is_list(data) and data != [] and :io_lib.printable_list(:lists.flatten(data)), do: '    ~tp: ~ts', else: '    ~tp: ~tp'
    format_term_list(rest, [control | format], [data, tag | args])
  end

  defp format_term_list([data | rest], format, args), do: format_term_list(rest, ['    ~tp' | format], [data | args])
  defp format_term_list([], format, args), do: {:lists.flatten(:lists.join(?\n, :lists.reverse(format))), :lists.reverse(args)}

  # (Elixir's process level filters entries, not this check)
  def allow(level, module) when level in @levels and is_atom(module), do: Logger.__allow__(level, module)

  # an entry of log/2,3,4 passes the process level too
  defp allow_entry(level, module), do: Logger.__should_log__(level, module) != nil

  def compare_levels(a, b), do: Logger.compare_levels(a, b)

  # (Elixir's process level is a primary filter, Logger.Filter.process_level/2, after those a
  # program added)
  def get_primary_config do
    filters = :logger_backend.primary_filters() ++ [process_level: {&Logger.Filter.process_level/2, []}]
    %{level: Logger.level(), filter_default: :log, filters: filters, metadata: %{}}
  end

  def add_primary_filter(id, {fun, _arg} = filter) when is_atom(id) and is_function(fun, 2) do
    filters = :logger_backend.primary_filters()

    if Keyword.has_key?(filters, id) or id == :process_level,
      do: {:error, {:already_exist, id}},
      else: :logger_backend.put_primary_filters([{id, filter} | filters])
  end

  def add_primary_filter(id, filter), do: {:error, {:invalid_filter, {id, filter}}}

  def remove_primary_filter(id) do
    filters = :logger_backend.primary_filters()
    if Keyword.has_key?(filters, id), do: :logger_backend.put_primary_filters(Keyword.delete(filters, id)), else: {:error, {:not_found, id}}
  end

  def add_handler_filter(handler_id, id, {fun, _arg} = filter) when is_atom(id) and is_function(fun, 2) do
    case get_handler_config(handler_id) do
      {:ok, %{filters: filters}} when handler_id != Logger ->
        if Keyword.has_key?(filters, id),
          do: {:error, {:already_exist, id}},
          else: change_handler(handler_id, :update, &Map.put(&1, :filters, [{id, filter} | filters]))

      _ ->
        {:error, {:not_found, handler_id}}
    end
  end

  def add_handler_filter(_handler_id, id, filter), do: {:error, {:invalid_filter, {id, filter}}}

  def remove_handler_filter(handler_id, id) do
    case get_handler_config(handler_id) do
      {:ok, %{filters: filters}} when handler_id != Logger ->
        if Keyword.has_key?(filters, id),
          do: change_handler(handler_id, :update, &Map.put(&1, :filters, Keyword.delete(filters, id))),
          else: {:error, {:not_found, id}}

      _ ->
        {:error, {:not_found, handler_id}}
    end
  end

  # ---- handlers: Elixir's own (Logger, the console) and those a program adds (:logger_backend) --

  @handler_defaults %{level: :all, filter_default: :log, filters: [], formatter: {:logger_formatter, %{}}}

  def get_handler_ids, do: Enum.map(:logger_backend.handlers(), & &1.id) ++ if(Logger.__handler_installed__?(), do: [Logger], else: [])

  def add_handler(id, module, config) when is_atom(id) and is_atom(module) and is_map(config) do
    cond do
      (id == Logger and Logger.__handler_installed__?()) or Enum.any?(:logger_backend.handlers(), &(&1.id == id)) ->
        {:error, {:already_exist, id}}

      not (Code.ensure_loaded?(module) and function_exported?(module, :log, 2)) ->
        {:error, {:invalid_handler, {:function_not_exported, {module, :log, 2}}}}

      true ->
        config = @handler_defaults |> Map.merge(config) |> Map.merge(%{id: id, module: module})

        case callback(module, :adding_handler, [config], {:ok, config}) do
          {:ok, config} -> :logger_backend.put_handlers([config | :logger_backend.handlers()])
          {:error, reason} -> {:error, {:handler_not_added, reason}}
        end
    end
  end

  def add_handler(id, _module, _config) when not is_atom(id), do: {:error, {:invalid_id, id}}
  def add_handler(_id, module, _config) when not is_atom(module), do: {:error, {:invalid_handler, module}}
  def add_handler(_id, _module, config), do: {:error, {:invalid_config, config}}

  # (Elixir's own handler, Logger, removed: nothing Elixir logs reaches its console or backends)
  def remove_handler(Logger) do
    if Logger.__handler_installed__?(), do: Logger.__remove_handler__(), else: {:error, {:not_found, Logger}}
  end

  def remove_handler(id) do
    case Enum.split_with(:logger_backend.handlers(), &(&1.id == id)) do
      {[config], rest} ->
        :logger_backend.put_handlers(rest)
        callback(config.module, :removing_handler, [config], :ok)
        :ok

      _ ->
        {:error, {:not_found, id}}
    end
  end

  def get_handler_config, do: Enum.map(get_handler_ids(), &elem(get_handler_config(&1), 1))

  def get_handler_config(Logger) do
    if Logger.__handler_installed__?(), do: logger_handler_config(), else: {:error, {:not_found, Logger}}
  end

  def get_handler_config(id) do
    case Enum.find(:logger_backend.handlers(), &(&1.id == id)) do
      nil -> {:error, {:not_found, id}}
      config -> {:ok, config}
    end
  end

  defp logger_handler_config do
    {:ok,
     %{
       config: %{
         sasl: Application.get_env(:logger, :handle_sasl_reports, false),
         thresholds: {Application.get_env(:logger, :sync_threshold, 20), Application.get_env(:logger, :discard_threshold, 500)},
         translators: Application.get_env(:logger, :translators, [{Logger.Translator, :translate}]),
         truncate: Application.get_env(:logger, :truncate, 8096),
         utc_log: Application.get_env(:logger, :utc_log, false)
       },
       filter_default: :log,
       filters: [],
       formatter: {:logger_formatter, %{}},
       id: Logger,
       level: :all,
       module: Logger.Handler
     }}
  end

  def set_handler_config(id, key, value), do: change_handler(id, :set, fn config -> Map.put(config, key, value) end)
  def set_handler_config(id, config) when is_map(config), do: change_handler(id, :set, fn old -> @handler_defaults |> Map.merge(config) |> Map.merge(Map.take(old, [:id, :module])) end)
  def update_handler_config(id, key, value), do: change_handler(id, :update, fn config -> Map.put(config, key, value) end)
  def update_handler_config(id, config) when is_map(config), do: change_handler(id, :update, fn old -> Map.merge(old, Map.drop(config, [:id, :module])) end)

  # a handler's module may refuse or adjust its new config (changing_config/3)
  # (Elixir's own takes any change while it is installed: Logger.configure/1 sets its config)
  defp change_handler(Logger, _kind, _change) do
    if Logger.__handler_installed__?(), do: :ok, else: {:error, {:not_found, Logger}}
  end

  defp change_handler(id, kind, change) do
    handlers = :logger_backend.handlers()

    case Enum.find(handlers, &(&1.id == id)) do
      nil ->
        {:error, {:not_found, id}}

      old ->
        case callback(old.module, :changing_config, [kind, old, change.(old)], {:ok, change.(old)}) do
          {:ok, new} -> :logger_backend.put_handlers(Enum.map(handlers, &if(&1.id == id, do: new, else: &1)))
          {:error, _} = error -> error
        end
    end
  end

  defp callback(module, fun, args, default) do
    if function_exported?(module, fun, length(args)), do: apply(module, fun, args), else: default
  end

  def set_primary_config(:level, level) when level in @levels or level in [:all, :none] do
    Application.__put_logger_level__(level)
    :ok
  end

  def set_primary_config(:level, level), do: {:error, {:invalid_level, level}}

  def set_module_level(mods, level), do: Logger.put_module_level(mods, level)
  def unset_module_level, do: Logger.delete_all_module_levels()
  def unset_module_level(mods), do: Logger.delete_module_level(mods)
  def get_module_level, do: Logger.get_module_level(Keyword.keys(Logger.__module_levels__()))
  def get_module_level(mods), do: Logger.get_module_level(mods)
  def set_application_level(app, level), do: Logger.put_application_level(app, level)
  def unset_application_level(app), do: Logger.delete_application_level(app)

  def get_process_metadata do
    case Process.get(:"$logger_metadata$") do
      map when is_map(map) -> map
      _ -> :undefined
    end
  end

  def set_process_metadata(meta) when is_map(meta), do: (Process.put(:"$logger_metadata$", meta); :ok)
  def update_process_metadata(meta) when is_map(meta), do: set_process_metadata(Map.merge(get_process_metadata() |> then(&if(&1 == :undefined, do: %{}, else: &1)), meta))
  def unset_process_metadata, do: (Process.delete(:"$logger_metadata$"); :ok)
end
