# OTP's logger_backend and the handler table behind :logger.add_handler/3: an entry the primary
# level lets through goes, in the logging process, to each handler a program added (Elixir's own,
# Logger, is the console: lib/otp/logger.ex writes it), newest first, when the handler's level and
# filters let it: the handler module's log/2 gets the event %{level:, msg:, meta:} and its config.
# The configs live in a persistent term, so a Logger call with no handler added pays one lookup.
defmodule :logger_backend do
  @moduledoc false
  @key {:logger_config, :"$beamlet_handlers$"}

  def handlers, do: :persistent_term.get(@key, [])
  def put_handlers(handlers), do: :persistent_term.put(@key, handlers)

  # the primary filters a program added (:logger.add_primary_filter/2), newest first
  @primary_key {:logger_config, :"$beamlet_primary_filters$"}
  def primary_filters, do: :persistent_term.get(@primary_key, [])
  def put_primary_filters(filters), do: :persistent_term.put(@primary_key, filters)

  # an entry through the primary filters: :stop, or the event to log (changed or not)
  def primary_filter(level, msg, meta) do
    event = %{level: level, msg: msg, meta: meta}

    case primary_filters() do
      [] -> event
      filters -> filter(filters, event, :log, false)
    end
  end

  # an entry: msg is {:string, chardata}, {:report, report} or {format, args}. The handlers that
  # failed on it come back, to be reported once the entry is written (report_failed/1)
  def dispatch(level, msg, meta) do
    case handlers() do
      [] ->
        []

      handlers ->
        event = %{level: level, msg: msg, meta: Map.put_new(meta, :time, :os.system_time(:microsecond))}
        for config <- handlers, failed = call(config, event), do: failed
    end
  end

  # a failed handler's debug report, logged later (OTP's comes from its logger server's turn), as
  # from OTP's logger_backend:call_handlers/3
  def report_failed([]), do: :ok

  def report_failed(failed) do
    spawn(fn ->
      Enum.each(failed, fn {config, event, reason} ->
        report = [
          logger: :removed_failing_handler,
          handler: {config.id, config.module},
          log_event: event,
          config: Map.drop(config, [:level, :filters, :filter_default]),
          reason: reason
        ]

        :logger.log(:debug, report, %{mfa: {__MODULE__, :call_handlers, 3}, line: 58})
      end)
    end)

    :ok
  end

  # nil, or {config, event, reason} for a handler that failed (removed at once)
  defp call(%{level: handler_level, filters: filters, filter_default: default} = config, event) do
    if :logger_config.less_or_equal_level(event.level, :logger_config.level_to_int(handler_level)) do
      case filter(filters, event, default, false) do
        :stop -> nil
        event -> log(event, config)
      end
    end
  end

  # (log/2 sees the config without what the dispatch itself uses; a failure's stacktrace ends
  # where the handler was called, as OTP cuts it)
  defp log(event, config) do
    config.module.log(event, Map.drop(config, [:level, :filters, :filter_default]))
    nil
  catch
    kind, reason ->
      stacktrace = Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != __MODULE__))
      put_handlers(Enum.reject(handlers(), &(&1.id == config.id)))
      # (said plainly at once: the prefix on stderr, the term by :erlang.display/1 on stdout, as
      # OTP 25 writes them)
      :erlang.display_string('Logger - error: ')
      :erlang.display({:removed_failing_handler, config.id})
      {config, event, {kind, reason, stacktrace}}
  end

  # OTP's filters: :stop drops the entry, :ignore leaves it to the next filter, an event goes on
  # (changed or not) and is logged; when every filter ignores it, filter_default decides
  def filter([], event, default, logged?), do: if(logged? or default == :log, do: event, else: :stop)

  def filter([{_id, {fun, arg}} | rest], event, default, logged?) do
    case fun.(event, arg) do
      :stop -> :stop
      :ignore -> filter(rest, event, default, logged?)
      %{level: _, msg: _, meta: _} = event -> filter(rest, event, default, true)
      _ -> filter(rest, event, default, logged?)
    end
  end

  def filter([_ | rest], event, default, logged?), do: filter(rest, event, default, logged?)
end
