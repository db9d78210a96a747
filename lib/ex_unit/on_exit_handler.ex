# ExUnit.OnExitHandler: runs the on_exit/2 callbacks of a test (or of a module's setup_all) once
# its process has ended, one after the other in a process of their own, as ExUnit 1.14 does: a
# failing callback's stack trace ends in this module's frames, at the lines of Elixir's
# lib/ex_unit/on_exit_handler.ex. Every callback runs; the first failure is the one reported. A
# callback still running after `timeout` ms is killed and fails with ExUnit.TimeoutError.
# The registered callbacks are kept in a public table owned by the handler's process (a child
# of ExUnit.Supervisor, as Elixir's), one entry per test (or setup_all) process.
defmodule ExUnit.OnExitHandler do
  @moduledoc false
  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}
  @name __MODULE__

  @doc "The handler as ExUnit.Supervisor's child (the :ex_unit application started)."
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: @name)

  def init(:ok) do
    :ets.new(@name, [:public, :named_table, read_concurrency: true])
    {:ok, nil}
  end

  @doc "Registers `callback` under `ref` for the test process `pid` (the same ref replaces it)."
  def add(pid, ref, callback) do
    ensure_started()

    callbacks =
      case :ets.lookup(@name, pid) do
        [{^pid, callbacks}] -> callbacks
        [] -> []
      end

    callbacks =
      if List.keymember?(callbacks, ref, 0),
        do: List.keyreplace(callbacks, ref, 0, {ref, callback}),
        else: [{ref, callback} | callbacks]

    :ets.insert(@name, {pid, callbacks})
    :ok
  end

  @doc "The callbacks of `pid` (newest first), which are forgotten."
  def take(pid) do
    ensure_started()

    case :ets.take(@name, pid) do
      [{^pid, callbacks}] -> Enum.map(callbacks, fn {_ref, callback} -> callback end)
      [] -> []
    end
  end

  # (started on its own when ExUnit.start/1 was not called)
  defp ensure_started do
    if :ets.whereis(@name) == :undefined do
      case GenServer.start(__MODULE__, :ok, name: @name) do
        {:ok, _} -> :ok
        {:error, {:already_started, _}} -> :ok
      end
    end
  end

  # `callbacks`: functions of no argument, in the order to run them. nil, or the first failure
  # as {kind, reason, stacktrace}
  def run(callbacks, timeout) do
    {runner, error} = Enum.reduce(callbacks, {nil, nil}, &run_callback(&1, &2, timeout))

    case runner do
      {pid, ref} ->
        Process.exit(pid, :shutdown)

        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> :ok
        end

      nil ->
        :ok
    end

    error
  end

  # a callback that kills the runner (an exit signal from a process it linked) or times out
  # fails; the next callback gets a new runner
  defp run_callback(callback, {runner, error}, timeout) do
    {pid, ref} = runner || spawn_monitor(__MODULE__, :on_exit_runner_loop, [])
    send(pid, {:run, self(), callback})

    receive do
      {^pid, result} -> {{pid, ref}, error || result}
      {:DOWN, ^ref, :process, ^pid, reason} -> {nil, error || {{:EXIT, pid}, reason, []}}
    after
      timeout -> {nil, error || kill_timed_out(pid, ref, timeout)}
    end
  end

  # the failure carries where the callback was stuck
  defp kill_timed_out(pid, ref, timeout) do
    stack =
      case Process.info(pid, :current_stacktrace) do
        {:current_stacktrace, stack} -> stack
        nil -> []
      end

    Process.exit(pid, :kill)

    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end

    {:error, %ExUnit.TimeoutError{timeout: timeout, type: "on_exit callback"}, stack}
  end

  @doc false
  def on_exit_runner_loop do
    receive do
      {:run, from, callback} ->
        send(from, {self(), __at_line__(129, exec_callback(callback))})
        on_exit_runner_loop()
    end
  end

  defp exec_callback(callback) do
    __at_line__(143, callback.())
    nil
  catch
    kind, reason -> {kind, reason, __STACKTRACE__}
  end
end
