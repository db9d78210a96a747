defmodule Logger.Watcher do
  @moduledoc false
  # A Logger backend's watcher, a GenServer as Elixir 1.14's: its init/1 adds the backend to
  # Logger (a supervised gen_event handler, so that Logger tells it when the handler goes) and
  # its state is the backend; told the handler failed, it stops with the reason and is started
  # again (Logger.Backends.Handlers keeps its child, as Logger.BackendSupervisor does); stopped
  # (remove_backend/1), it takes the handler out of Logger. init/1's answer to what
  # :gen_event.add_sup_handler/3 answers: :ok, {:error, :ignore} (it then ends normally),
  # {:error, reason} and {:EXIT, _} stop it; anything else (init/1 answering :ignore, say) is
  # its CaseClauseError, which Logger.add_backend/2 answers.
  # (no `use GenServer`: the library is compiled before any macro can run)
  @behaviour GenServer

  def start_link(backend_and_args), do: GenServer.start_link(__MODULE__, backend_and_args)

  @beamlet_frame_line 25
  def init({backend, args}) do
    Process.flag(:trap_exit, true)
    # (in the logger application, as Logger.BackendSupervisor's child: Logger's group leader)
    {:group_leader, leader} = Process.info(Logger.Backends.Console.__pid__(), :group_leader)
    :erlang.group_leader(leader, self())

    # (a handler left from before goes first, once for each)
    case :gen_event.delete_handler(Logger, backend, :ok) do
      {:error, :module_not_found} ->
        case :gen_event.add_sup_handler(Logger, backend, args) do
          :ok -> {:ok, backend}
          {:error, :ignore} -> (send(self(), {:gen_event_EXIT, backend, :normal}); {:ok, backend})
          {:error, reason} -> {:stop, reason}
          {:EXIT, _} = failed -> {:stop, failed}
        end

      _ ->
        init({backend, args})
    end
  end

  # the handler removed normally (its handle_event answered :remove_handler): the watcher ends
  # normally too; a failure is reported on stderr when Logger has no other backend, then the
  # watcher stops with it
  def handle_info({:gen_event_EXIT, backend, reason}, backend) do
    if reason not in [:normal, :shutdown], do: Logger.Backends.Handlers.__watcher_report__(backend, reason)
    {:stop, reason, backend}
  end

  # (Logger.remove_backend/1: shut down by its supervisor)
  def handle_info(:"$beamlet_shutdown", backend), do: {:stop, :shutdown, backend}
  def handle_info(_message, backend), do: {:noreply, backend}

  def terminate(_reason, backend) do
    :gen_event.delete_handler(Logger, backend, :ok)
    :ok
  end

  @doc false
  # started again after a failure (a :transient child): it adds the backend again, as init/1,
  # and watches it; while init/1 fails the next one follows (the Logger process counts them
  # against the supervisor's intensity)
  def __restart__(backend) do
    Process.flag(:trap_exit, true)

    case Logger.Backends.Console.__reinstall__(backend, self()) do
      :ok -> :gen_server.enter_loop(__MODULE__, [], backend)
      :failed -> :proc_lib.spawn(fn -> __restart__(backend) end)
      :gone -> :ok
    end
  end
end
