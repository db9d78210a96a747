defmodule Logger.Backends.Handlers do
  @moduledoc false
  # The Logger backends a program writes itself (Logger.add_backend(MyBackend)): gen_event
  # handlers, run in the Logger process (Logger.Backends.Console) as Elixir 1.14 runs them in its
  # own: init(MyBackend) when added, handle_event({level, gl, {Logger, message, timestamp,
  # metadata}}, state) for each entry and handle_event(:flush, state) for Logger.flush/0,
  # handle_call(request, state) for Logger.configure_backend/2 ({:configure, options}),
  # terminate(:ok, state) when removed. A handler whose handle_event fails gets
  # terminate({:error, {:EXIT, {exception, stacktrace}}}, state) and the report of Elixir's
  # Logger.Watcher on stderr; it gets no more entries, but stays a backend Logger knows (its
  # watcher is still there): remove_backend/1 answers :ok. `handlers`: [{module, state |
  # :crashed}], the newest first (as gen_event adds a handler), the console's place among them.

  def add(handlers, mod) do
    if List.keymember?(handlers, mod, 0) do
      {{:error, :already_present}, handlers}
    else
      # (as gen_event's catch Mod:init(Args): a thrown value is init's answer)
      case __catch__(mod.init(mod)) do
        {:ok, state} -> {:ok, [{mod, state} | handlers]}
        {:ok, state, :hibernate} -> {:ok, [{mod, state} | handlers]}
        {:error, reason} -> {{:error, reason}, handlers}
        other -> {{:error, other}, handlers}
      end
    end
  end

  def remove(handlers, mod) do
    case List.keyfind(handlers, mod, 0) do
      nil ->
        {{:error, :not_found}, handlers}

      {_, :crashed} ->
        {:ok, List.keydelete(handlers, mod, 0)}

      {_, state} ->
        try do
          mod.terminate(:ok, state)
        catch
          _, _ -> :ok
        end

        {:ok, List.keydelete(handlers, mod, 0)}
    end
  end

  # a handler that raises or answers what gen_event does not expect is removed
  def call(handlers, mod, request) do
    case List.keyfind(handlers, mod, 0) do
      found when found in [nil, {mod, :crashed}] ->
        {{:error, :bad_module}, handlers}

      {_, state} ->
        # (as gen_event's catch Mod:handle_call(Query, State): a thrown value is the answer)
        case __catch__(mod.handle_call(request, state)) do
          {:ok, reply, state} -> {reply, List.keyreplace(handlers, mod, 0, {mod, state})}
          {:ok, reply, state, :hibernate} -> {reply, List.keyreplace(handlers, mod, 0, {mod, state})}
          {:remove_handler, reply} -> {reply, List.keydelete(handlers, mod, 0)}
          {:EXIT, _} = failed -> {{:error, failed}, List.keydelete(handlers, mod, 0)}
          other -> {{:error, {:bad_return_value, other}}, List.keydelete(handlers, mod, 0)}
        end
    end
  end

  # (Logger.flush/0's :flush; the entries go through :gen_event.handle_msg/6)
  def event(handlers, event), do: :gen_event.server_notify(event, :handle_event, handlers, Logger)

  # what handle_event answered: the handler kept ({mod, state}) or dropped (nil)
  def handled(mod, _state, {:ok, state}), do: {mod, state}
  def handled(mod, _state, {:ok, state, :hibernate}), do: {mod, state}
  def handled(_mod, _state, _reply), do: nil

  # a handler that raised: told why, reported, then kept as crashed (its frames are gen_event's
  # below it, as in Elixir's Logger process)
  def crashed(mod, state, kind, reason, stacktrace) do
    exception = Exception.normalize(kind, reason, stacktrace)

    try do
      mod.terminate({:error, {:EXIT, {exception, stacktrace}}}, state)
    catch
      _, _ -> :ok
    end

    report = Exception.format(kind, exception, stacktrace) |> String.split("\n") |> Enum.map_join("\n", &if(&1 == "", do: "", else: "    " <> &1))
    IO.write(:standard_error, [":gen_event handler ", inspect(mod), " installed in Logger terminating\n** (exit) an exception was raised:\n", report])
    {mod, :crashed}
  end
end
