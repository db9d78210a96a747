defmodule Task.Supervisor do
  @moduledoc """
  Tasks under a supervisor (a DynamicSupervisor whose children are temporary task processes):
  async (linked to the caller), async_nolink, start_child, children, terminate_child and the
  async_stream variants. A failing task logs Elixir's task report, as Task does.
  """

  def child_spec(options) when is_list(options) do
    id = Keyword.get(options, :name, Task.Supervisor)
    %{id: id, start: {Task.Supervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options \\ []) when is_list(options) do
    {restart, options} = Keyword.pop(options, :restart)
    {shutdown, options} = Keyword.pop(options, :shutdown)

    if restart || shutdown do
      __at_line__(133, IO.warn(":restart and :shutdown options in Task.Supervisor.start_link/1 are deprecated. Please pass those options on start_child/3 instead"))
    end

    {sup_opts, start_opts} = Keyword.split(options, [:max_children, :max_seconds, :max_restarts])
    DynamicSupervisor.start_link(Task.Supervisor, {{restart || :temporary, shutdown || 5000}, sup_opts}, start_opts)
  end

  @doc false
  # the DynamicSupervisor callback (so its state names this module and these arguments, as Elixir's)
  def init({{_restart, _shutdown} = arg, options}) do
    Process.put(Task.Supervisor, arg)
    DynamicSupervisor.init([strategy: :one_for_one] ++ options)
  end

  def async(supervisor, fun, options \\ []) when is_function(fun, 0), do: async(supervisor, :erlang, :apply, [fun, []], options)

  def async(supervisor, module, fun, args, options \\ []), do: async(supervisor, true, module, fun, args, options)

  def async_nolink(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: async_nolink(supervisor, :erlang, :apply, [fun, []], options)

  def async_nolink(supervisor, module, fun, args, options \\ []), do: async(supervisor, false, module, fun, args, options)

  # named as Elixir's (its frame is Task.Supervisor.async/6)
  defp async(supervisor, link?, m, f, a, options) do
    mfa = {m, f, a}
    owner = self()
    case start_task(supervisor, callers_of(owner), mfa, :async, link?, options) do
      {:ok, pid} ->
        ref = :erlang.monitor(:process, pid, alias: :demonitor)
        send(pid, {owner, ref, ref, callers_of(owner), mfa})
        %Task{pid: pid, ref: ref, owner: owner, mfa: {m, f, length(a)}}

      {:error, :max_children} ->
        __at_line__(530, raise("reached the maximum number of tasks for this task supervisor. The maximum number of tasks " <>
          "that are allowed to run at the same time under this supervisor can be configured with the " <>
          ":max_children option passed to Task.Supervisor.start_link/1"))
    end
  end

  def start_child(supervisor, fun, options \\ []) when is_function(fun, 0) do
    start_child(supervisor, :erlang, :apply, [fun, []], options)
  end

  def start_child(supervisor, module, fun, args, options \\ []) do
    # (Elixir's request: its arguments show in a failed call's exit reason, and the supervisor
    # applies the restart and shutdown it was started with when the options give none)
    args = [owner_of(self()), callers_of(self()), {module, fun, args}]
    GenServer.call(supervisor, {:start_task, args, options[:restart], options[:shutdown]}, :infinity)
  end

  # {node, the caller's registered name or pid, its pid}, as a task's owner is given in Elixir
  defp owner_of(pid) do
    case Process.info(pid, :registered_name) do
      {:registered_name, name} when is_atom(name) -> {node(), name, pid}
      _ -> {node(), pid, pid}
    end
  end

  # the caller (the task's owner) and the processes it works for, taken in the caller
  defp callers_of(owner), do: [owner | Process.get(:"$callers", [])]

  # an async or stream task: a temporary child of Task.Supervised.start_link/5 (beamlet's, as its
  # arguments are not kept), shut down as the options or the supervisor say
  defp start_task(supervisor, [owner | _] = callers, mfa, mode, link?, options) do
    args = [owner, callers, mfa, mode, link?]
    GenServer.call(supervisor, {:start_task, args, :temporary, options[:shutdown]}, :infinity)
  end

  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  def terminate_child(supervisor, pid) when is_pid(pid), do: DynamicSupervisor.terminate_child(supervisor, pid)

  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    build_stream(supervisor, :link, enumerable, fun, options)
  end

  def async_stream(supervisor, enumerable, module, function, args, options \\ []) do
    build_stream(supervisor, :link, enumerable, {module, function, args}, options)
  end

  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    build_stream(supervisor, :nolink, enumerable, fun, options)
  end

  def async_stream_nolink(supervisor, enumerable, module, function, args, options \\ []) do
    build_stream(supervisor, :nolink, enumerable, {module, function, args}, options)
  end

  # Task.async_stream's reduce function (lib/otp/task.ex build_stream/3) whose tasks are the
  # supervisor's children; the stream's monitor process (which runs the spawn function) links to
  # each unless nolink (the fun takes what Elixir's does, so it inspects as Elixir's)
  defp build_stream(supervisor, link_type, enumerable, fun_or_mfa, options) do
    fn acc, reducer ->
      spawn = fn callers, mfa -> spawn_stream_task(supervisor, link_type, callers, mfa, options) end
      Task.Supervised.stream(enumerable, acc, reducer, nil, fun_or_mfa, options, spawn)
    end
  end

  # spawn: {:ok, :link | :nolink, pid} | {:error, :max_children}, run in the monitor process
  defp spawn_stream_task(supervisor, link_type, callers, mfa, options) do
    case start_task(supervisor, callers, mfa, :async, false, options) do
      {:ok, pid} ->
        if link_type == :link, do: Process.link(pid)
        {:ok, link_type, pid}

      {:error, :max_children} ->
        {:error, :max_children}
    end
  end
end
