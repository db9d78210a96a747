defmodule Logger.Reports do
  @moduledoc false
  # The reports OTP and Elixir make through Logger, as Elixir 1.14's handler gives them to the
  # console and to the program's own backends: the message as chardata in the shape its translator
  # builds it, and the metadata of the :logger event (the location of OTP's log call, its domain,
  # report callbacks and :error_logger tag, the logging process's own metadata) with the
  # translator's (crash_reason, registered_name).
  # Called in the process that reports (the crashed server, task or event manager).

  @doc false
  # gen_server's terminate report (:gen_server.error_info/8). client: nil | {pid, :dead} |
  # {pid, {name, stacktrace}}; at the :debug level the state and the client follow
  def gen_server_terminated(name, reason, last, state, client, process \\ nil) do
    {formatted, crash_reason} = format_reason(reason)

    msg = ["GenServer ", inspect(name), " terminating", formatted, "\nLast message", last_message_from(client), ": ", inspect(last)]
    msg = if debug?(), do: [msg, "\nState: ", inspect(state) | client_info(client)], else: msg

    otp = %{domain: [:otp], mfa: {:gen_server, :error_info, 8}, file: "gen_server.erl", line: 1402}
    callbacks = %{report_cb: &:gen_server.format_log/2, error_logger: %{tag: :error, report_cb: &:gen_server.format_log/1}}
    Logger.__emit__(:error, msg, metadata(Map.merge(otp, callbacks), crash_reason, name, process))
  end

  @doc false
  # OTP's user_sup (#PID<0.64.0>, the supervisor bridge of the :user io server #PID<0.65.0>, whose
  # group leader is #PID<0.46.0>) ending as its io server did, with the error standard output
  # failed with: its terminate report, made on its behalf
  def user_terminated(reason) do
    [sup, user, gl] = Enum.map(['<0.64.0>', '<0.65.0>', '<0.46.0>'], &:erlang.list_to_pid/1)
    state = {:state, :user_sup, :undefined, user, {sup, :user_sup}}
    gen_server_terminated(sup, reason, {:EXIT, user, reason}, state, nil, {sup, gl})
  end

  @doc false
  # gen_event's report of a handler that failed (:gen_event.report_error/5; why: {:EXIT, reason}
  # when it raised or exited, else what it answered)
  def gen_event_terminated(handler, name, why, last, state) do
    reason =
      case why do
        {:EXIT, reason} -> reason
        reason -> reason
      end

    {formatted, crash_reason} = format_reason(reason)
    msg = [":gen_event handler ", inspect(handler), " installed in ", inspect(name), " terminating", formatted, "\nLast message: ", inspect(last)]
    msg = if debug?(), do: [msg, "\nState: ", inspect(state)], else: msg

    otp = %{domain: [:otp], mfa: {:gen_event, :report_error, 5}, file: "gen_event.erl", line: 997}
    callbacks = %{report_cb: &:gen_event.format_log/2, error_logger: %{tag: :error, report_cb: &:gen_event.format_log/1}}
    Logger.__emit__(:error, msg, metadata(Map.merge(otp, callbacks), crash_reason, name))
  end

  @doc false
  # Task.Supervised's report of a task that failed (its callers in the metadata)
  def task_terminated(pid, starter, fun, args, reason) do
    {formatted, crash_reason} = format_reason(reason)

    msg = [
      "Task #{inspect(pid)} started from #{inspect(starter)} terminating",
      formatted,
      "\nFunction: #{inspect(fun)}",
      "\n    Args: #{inspect(args)}"
    ]

    elixir = %{domain: [:otp, :elixir], report_cb: &Task.Supervised.format_report/1, error_logger: %{tag: :error_msg}}

    elixir =
      case Process.get(:"$callers") do
        nil -> elixir
        callers -> Map.put(elixir, :callers, callers)
      end

    Logger.__emit__(:error, msg, metadata(elixir, crash_reason, pid))
  end

  # the event's metadata: the reporting process and its group leader, the module and function of
  # OTP's log call, the process's own metadata, then the translator's
  defp metadata(event, crash_reason, name, process \\ nil) do
    {pid, gl} = process || {self(), Process.group_leader()}
    base = %{pid: pid, gl: gl}

    base =
      case event do
        %{mfa: {module, fun, arity}} -> Map.merge(base, %{module: module, function: "#{fun}/#{arity}"})
        _ -> base
      end

    translated = if is_atom(name), do: %{crash_reason: crash_reason, registered_name: name}, else: %{crash_reason: crash_reason}

    # (a report made on another process's behalf has none of this one's metadata)
    own = if process, do: [], else: Logger.metadata()

    base
    |> Map.merge(event)
    |> Map.merge(Map.new(own))
    |> Map.merge(translated)
  end

  # (the translator shows the state and the client when Logger's level is :debug)
  defp debug?, do: Logger.level() == :debug

  defp last_message_from({_, {name, _}}), do: [" (from ", inspect(name), ")"]
  defp last_message_from({pid, _}), do: [" (from ", inspect(pid), ")"]
  defp last_message_from(_), do: []

  defp client_info({pid, :dead}), do: ["\nClient ", inspect(pid), " is dead"]
  defp client_info({_pid, {name, stacktrace}}), do: ["\nClient ", inspect(name), " is alive\n" | format_stacktrace(stacktrace)]
  defp client_info(_), do: []

  @doc false
  # the reason as the translator shows it, and the crash reason it puts in the metadata: an
  # exception (or an error that normalizes to one) with its stacktrace as a banner and frames,
  # anything else as "** (stop)" (a reason with no stacktrace: {reason, []})
  def format_reason({maybe_exception, [_ | _] = stacktrace} = reason) do
    if stacktrace?(stacktrace) do
      {formatted, reason} = maybe_normalize(maybe_exception, stacktrace)
      {[formatted | format_stacktrace(stacktrace)], {reason, stacktrace}}
    else
      {format_stop(reason), {reason, []}}
    end
  end

  def format_reason(reason), do: {format_stop(reason), {reason, []}}

  defp stacktrace?([]), do: true

  defp stacktrace?([entry | rest]) do
    case entry do
      {m, f, a, l} when is_atom(m) and is_atom(f) and (is_integer(a) or is_list(a)) and is_list(l) ->
        stacktrace?(rest)

      {f, a, l} when is_function(f) and (is_integer(a) or is_list(a)) and is_list(l) ->
        stacktrace?(rest)

      _ ->
        false
    end
  end

  defp stacktrace?(_), do: false

  defp format_stop(reason), do: ["\n** (stop) " | Exception.format_exit(reason)]

  # (gen_server and proc_lib rewrite :undef so when they report it)
  @gen_undef [:"module could not be loaded", :"function not exported"]

  defp maybe_normalize(undef, [{mod, fun, args, _} | _] = stacktrace) when undef in @gen_undef and is_atom(mod) and is_atom(fun) do
    arity =
      cond do
        is_list(args) -> length(args)
        is_integer(args) -> args
        true -> nil
      end

    if arity do
      exception = UndefinedFunctionError.exception(module: mod, function: fun, arity: arity, reason: undef)
      {[?\n | Exception.format_banner(:error, exception, stacktrace)], exception}
    else
      {format_stop(undef), undef}
    end
  end

  defp maybe_normalize(reason, stacktrace) do
    if is_map(reason) and Map.get(reason, :__exception__) == true do
      {[?\n | Exception.format_banner(:error, reason, stacktrace)], reason}
    else
      case Exception.normalize(:error, reason, stacktrace) do
        %ErlangError{} -> {format_stop(reason), reason}
        exception -> {[?\n | Exception.format_banner(:error, exception, stacktrace)], exception}
      end
    end
  end

  @doc false
  def format_stacktrace(stacktrace) do
    Enum.map(stacktrace, fn entry -> ["\n    " | format_entry(entry)] end)
  end

  defp format_entry(entry) do
    try do
      Exception.format_stacktrace_entry(entry)
    catch
      _, _ -> inspect(entry)
    end
  end
end
