# ExUnit.OnExitHandler: runs the on_exit/2 callbacks of a test (or of a module's setup_all) once
# its process has ended, one after the other in a process of their own, as ExUnit 1.14 does: a
# failing callback's stack trace ends in this module's frames, at the lines of Elixir's
# lib/ex_unit/on_exit_handler.ex. Every callback runs; the first failure is the one reported. A
# callback still running after `timeout` ms is killed and fails with ExUnit.TimeoutError.
defmodule ExUnit.OnExitHandler do
  @moduledoc false

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
