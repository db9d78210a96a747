defmodule Task.Supervised do
  @moduledoc false
  # Elixir's Task.Supervised: what a task process runs from :proc_lib.init_p/5 (Task and
  # Task.Supervisor start it). reply/4 waits for its owner's go and sends the result back;
  # noreply/4 only runs the function. invoke_mfa/2 runs it; on failure it logs Elixir's task
  # report and exits with the reason. Their frames name Elixir's file and lines (@file,
  # @beamlet_frame_line: the line each clause calls from).

  # a Task.Supervisor's child (DynamicSupervisor's :start_task): Elixir's start_link/3 of a
  # start_child task ({node, name or pid, pid} of its owner, the callers, the mfa), and beamlet's
  # start_link/5 of an async or stream task (Task.__start_supervised__)
  def start_link({_node, _name, owner}, callers, mfa), do: Task.__start_supervised__(owner, callers, mfa, :run, false)
  def start_link(owner, callers, mfa, mode, link?), do: Task.__start_supervised__(owner, callers, mfa, mode, link?)

  # dict: what the task's dictionary holds (Task's lineage); link: :link_owner for a supervised
  # child linked to its owner too
  @file "lib/task/supervised.ex"
  @beamlet_frame_line 34
  def reply(owner, mfa, dict, link) do
    start(owner, dict, link)

    receive do
      # (Task.async and Task.Supervisor.async: {owner, alias, alias to reply to, callers, mfa})
      {^owner, ref, reply_to, _callers, _mfa} ->
        result = invoke_mfa(owner, mfa)
        # to the owner's alias (dropped if it gave up on the task)
        send(reply_to, {ref, result})
        :ok

      # a stream's task is tagged {monitor ref, position} and answers the owner itself
      {^owner, ref} ->
        result = invoke_mfa(owner, mfa)
        send(owner, {ref, result})
        :ok
    end
  end

  @doc false
  # a Task.async_stream being run (lib/otp/task_stream.ex): its options checked first, where
  # Elixir's stream/7 checks them
  def stream(enumerable, acc, reducer, _callers, fun_or_mfa, options, spawn) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())

    if not is_integer(max) or max <= 0 do
      __at_line__(181, raise(ArgumentError, ":max_concurrency must be an integer greater than zero"))
    end

    Task.Stream.start(enumerable, acc, reducer, fun_or_mfa, options, spawn)
  end

  def noreply(owner, mfa, dict, link) do
    start(owner, dict, link)
    invoke_mfa(owner, mfa)
  end

  defp start(owner, dict, link) do
    if link == :link_owner, do: Process.link(owner)
    Enum.each(dict, fn {key, value} -> Process.put(key, value) end)
  end

  @file "lib/task/supervised.ex"
  @beamlet_frame_line 89
  def invoke_mfa(owner, {m, f, a}) do
    result =
      try do
        {:ok, apply(m, f, a)}
      catch
        kind, value -> {kind, value, __STACKTRACE__}
      end

    case result do
      {:ok, value} ->
        value

      {:exit, value, _} when value == :normal or value == :shutdown ->
        exit(value)

      {:exit, {:shutdown, _} = value, _} ->
        exit(value)

      {kind, value, stacktrace} ->
        {fun, args} =
          case {m, f, a} do
            # a fun given to Task (async(fun), start(fun)) reports as itself; any other MFA as &M.f/n
            {:erlang, :apply, [fun, []]} when is_function(fun, 0) -> {fun, []}
            _ -> {:erlang.make_fun(m, f, length(a)), a}
          end

        logged =
          case kind do
            :throw -> {:nocatch, value}
            _ -> value
          end

        starter =
          case :erlang.process_info(owner, :registered_name) do
            {:registered_name, name} when is_atom(name) and name != [] -> name
            _ -> owner
          end

        Logger.__task_terminated__(self(), starter, fun, args, {logged, stacktrace})

        case kind do
          :exit -> exit(value)
          :throw -> exit({{:nocatch, value}, stacktrace})
          :error -> exit({value, stacktrace})
        end
    end
  end
end
