defmodule Task do
  # `use Task, opts` (Elixir 1.14's Task.__using__)
  defmacro __using__(opts) do
    quote location: :keep do
      @doc """
      Returns a specification to start this module under a supervisor.

      `arg` is passed as the argument to `Task.start_link/1` in the `:start` field
      of the spec.

      For more information, see the `Supervisor` module,
      the `Supervisor.child_spec/2` function and the `t:Supervisor.child_spec/0` type.
      """
      def child_spec(arg) do
        default = %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary}
        Supervisor.child_spec(default, unquote(Macro.escape(opts)))
      end

      defoverridable child_spec: 1
    end
  end

  @moduledoc """
  Runs a function in a process of its own, most often to compute a value concurrently and collect
  it later: `async/1` starts the work and `await/2` waits for its result. `start/1` and
  `start_link/1` run work nobody awaits; `async_stream/3` maps a collection concurrently.

      iex> task = Task.async(fn -> Enum.sum(1..100) end)
      iex> Task.await(task)
      5050
  """
  # Elixir's Task on spawn_link/monitor. A task process runs the function and sends
  # `{ref, result}` to its owner; when it fails it logs Elixir's task report
  # ("Task #PID<...> started from #PID<...> terminating") and exits with the reason.

  @enforce_keys [:mfa, :owner, :pid, :ref]
  defstruct [:mfa, :owner, :pid, :ref]

  def child_spec(arg) do
    %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}
  end

  # a task already done: its reply waits in the mailbox, there is no process to monitor
  def completed(result) do
    ref = make_ref()
    send(self(), {ref, result})
    %Task{mfa: {Task, :completed, 1}, owner: self(), pid: nil, ref: ref}
  end

  @doc """
  Runs `fun` in a new process linked to the caller and returns a task to `await/2` for its
  result. The caller must await (or shut down) every task it starts.

  ## Examples

      iex> task = Task.async(fn -> 1 + 1 end)
      iex> Task.await(task)
      2
  """
  @spec async((() -> any())) :: t()
  def async(fun) when is_function(fun, 0), do: do_async({:erlang, :apply, [fun, []]})
  @doc """
  Like `async/1`, running `apply(module, function_name, args)`.
  """
  @spec async(module(), atom(), [term()]) :: t()
  def async(module, function_name, args), do: do_async({module, function_name, args})

  defp do_async({m, f, a} = mfa) do
    owner = self()
    dict = lineage(owner, mfa, Process.get(:"$callers", []))
    pid = :erlang.spawn_link(:proc_lib, :init_p, proc_lib_start(:reply, [owner, mfa, dict, :async]))
    # the monitor is an alias the reply comes back on (as Elixir 1.14): once demonitored (ignore,
    # shutdown, a yield that gave up), a late reply is dropped instead of landing in the mailbox
    ref = :erlang.monitor(:process, pid, alias: :demonitor)
    # (the go, as Elixir 1.14's: owner, the alias twice (the reference and where to reply), the
    # callers and the function; Process.info(task.pid, :messages) can show it)
    send(pid, {owner, ref, ref, [owner | Process.get(:"$callers", [])], mfa})
    %Task{pid: pid, ref: ref, owner: owner, mfa: {m, f, length(a)}}
  end

  # :proc_lib.init_p/5's arguments for a task process running Task.Supervised's `fun`
  defp proc_lib_start(fun, args), do: [self(), Process.get(:"$ancestors", []), Task.Supervised, fun, args]

  @doc false
  # the start function of a Task.Supervisor child: linked to the supervisor (which calls it)
  # and, for Task.Supervisor.async, to the owner. An :async child waits for its go
  # ({owner, alias, alias, callers, mfa}).
  def __start_supervised__(owner, callers, mfa, mode, link_owner?) do
    dict = lineage(callers, mfa)

    args = [owner, mfa, dict, if(link_owner?, do: :link_owner, else: :nolink)]

    pid =
      case mode do
        :async -> :erlang.spawn_link(:proc_lib, :init_p, proc_lib_start(:reply, args))
        :run -> :erlang.spawn_link(:proc_lib, :init_p, proc_lib_start(:noreply, args))
      end

    {:ok, pid}
  end

  @doc """
  Runs `fun` in a new, unlinked process whose result nobody awaits (a fire-and-forget job).
  """
  @spec start((() -> any())) :: {:ok, pid()}
  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  def start(module, fun, args) do
    owner = self()
    dict = lineage(owner, {module, fun, args}, Process.get(:"$callers", []))
    {:ok, :erlang.spawn(:proc_lib, :init_p, proc_lib_start(:noreply, [owner, {module, fun, args}, dict, :nolink]))}
  end

  @doc """
  Runs `fun` in a new process linked to the caller, for use under a supervisor.
  """
  @spec start_link((() -> any())) :: {:ok, pid()}
  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  def start_link(module, fun, args) do
    owner = self()
    dict = lineage(owner, {module, fun, args}, Process.get(:"$callers", []))
    {:ok, :erlang.spawn_link(:proc_lib, :init_p, proc_lib_start(:noreply, [owner, {module, fun, args}, dict, :nolink]))}
  end

  @doc false
  # Task.async_stream's task, started by the stream's monitor process (so linked to it) for the
  # first of `callers`, which gives it its go and gets its reply
  def __stream_task__([owner | _] = callers, mfa) do
    pid = :erlang.spawn_link(:proc_lib, :init_p, proc_lib_start(:reply, [owner, mfa, lineage(callers, mfa), :async]))
    {:ok, :link, pid}
  end

  defp lineage(owner, mfa, owner_callers), do: lineage([owner | owner_callers], mfa)

  # what proc_lib and Task.Supervised put in a task's dictionary: the processes above it (the
  # spawning one first), the processes it works for, and the function it was started with
  defp lineage(callers, {m, f, a}) do
    initial =
      case {m, f, a} do
        {:erlang, :apply, [fun, []]} when is_function(fun) ->
          {:module, mod} = :erlang.fun_info(fun, :module)
          {:name, name} = :erlang.fun_info(fun, :name)
          {mod, name, 0}

        _ ->
          {m, f, length(a)}
      end

    [
      "$ancestors": [self() | Process.get(:"$ancestors", [])],
      "$callers": callers,
      "$initial_call": initial
    ]
  end

  @doc """
  Waits for the task's reply and returns it. Exits the caller when the task does not answer within
  `timeout` milliseconds (5000 unless given) or crashes.
  """
  @spec await(t(), timeout()) :: term()
  def await(task, timeout \\ 5000)

  # a bad timeout fails in the head (FunctionClauseError), before the owner is checked
  def await(%Task{ref: ref, owner: owner} = task, timeout) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    if owner != self(), do: __at_line__(817, raise(ArgumentError, invalid_owner_error(task)))

    # (the reply's clause last: a process waiting here shows the receive's line, 815)
    __at_line__(815, receive do
      {:DOWN, ^ref, _, _proc, reason} ->
        __at_line__(826, exit({reason, {Task, :await, [task, timeout]}}))

      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply
    after
      timeout ->
        :erlang.demonitor(ref, [:flush])
        __at_line__(830, exit({:timeout, {Task, :await, [task, timeout]}}))
    end)
  end

  @doc """
  Awaits several tasks and returns their results in the same order, within one shared `timeout`.

  ## Examples

      iex> tasks = for n <- 1..3, do: Task.async(fn -> n * 10 end)
      iex> Task.await_many(tasks)
      [10, 20, 30]
  """
  @doc since: "1.11.0"
  @spec await_many([t()], timeout()) :: [term()]
  def await_many(tasks, timeout \\ 5000) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    # (Elixir checks them in a `for ... into: %{}`: its fn takes the map too)
    __at_line__(922, Enum.reduce(tasks, nil, fn task, acc ->
      __at_line__(923, %Task{owner: owner} = task)
      if owner != self(), do: __at_line__(926, raise(ArgumentError, invalid_owner_error(task)))
      acc
    end))

    deadline =
      case timeout do
        :infinity -> :infinity
        t -> :erlang.monotonic_time(:millisecond) + t
      end

    Enum.map(tasks, fn task -> await_one(task, tasks, timeout, deadline) end)
  end

  defp await_one(%Task{ref: ref}, tasks, timeout, deadline) do
    remaining =
      case deadline do
        :infinity -> :infinity
        d -> max(d - :erlang.monotonic_time(:millisecond), 0)
      end

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _proc, reason} ->
        Enum.each(tasks, fn t -> :erlang.demonitor(t.ref, [:flush]) end)
        exit({reason, {Task, :await_many, [tasks, timeout]}})
    after
      remaining ->
        Enum.each(tasks, fn t -> :erlang.demonitor(t.ref, [:flush]) end)
        exit({:timeout, {Task, :await_many, [tasks, timeout]}})
    end
  end

  @doc """
  Waits up to `timeout` for the task's result: `{:ok, result}`, `{:exit, reason}` when it died,
  or `nil` when it is still running (the task keeps going).
  """
  @spec yield(t(), timeout()) :: {:ok, term()} | {:exit, term()} | nil
  def yield(%Task{ref: ref} = task, timeout \\ 5000) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    if task.owner != self(), do: __at_line__(1061, raise(ArgumentError, invalid_owner_error(task)))

    __at_line__(1059, receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _proc, reason} ->
        {:exit, reason}
    after
      timeout -> nil
    end)
  end

  # As Elixir 1.14's: one timer for all the tasks; each task in turn (checked to be the caller's)
  # waits for its reply until the timer fires, the rest are then only looked for. A list of
  # anything but tasks fails in yield_many/3's clauses (Task.yield_many(:x)).
  def yield_many(tasks, timeout \\ 5000) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    timeout_ref = make_ref()
    timer_ref = if timeout != :infinity, do: Process.send_after(self(), timeout_ref, timeout)

    try do
      __at_line__(1151, yield_many(tasks, timeout_ref, :infinity))
    after
      if timer_ref, do: Process.cancel_timer(timer_ref)

      receive do
        ^timeout_ref -> :ok
      after
        0 -> :ok
      end
    end
  end

  defp yield_many([%Task{ref: ref, owner: owner} = task | rest], timeout_ref, timeout) do
    if owner != self(), do: __at_line__(1163, raise(ArgumentError, invalid_owner_error(task)))

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        [{task, {:ok, reply}} | yield_many(rest, timeout_ref, timeout)]

      {:DOWN, ^ref, _, _proc, reason} ->
        [{task, {:exit, reason}} | yield_many(rest, timeout_ref, timeout)]

      ^timeout_ref ->
        [{task, nil} | yield_many(rest, timeout_ref, 0)]
    after
      timeout -> [{task, nil} | yield_many(rest, timeout_ref, 0)]
    end
  end

  defp yield_many([], _timeout_ref, _timeout), do: []

  def shutdown(task, shutdown \\ 5000)

  def shutdown(%Task{pid: nil} = task, _shutdown) do
    raise ArgumentError, "task #{inspect(task)} does not have an associated task process"
  end

  def shutdown(%Task{pid: pid, ref: ref} = task, shutdown) when shutdown == :brutal_kill or shutdown == :infinity or (is_integer(shutdown) and shutdown >= 0) do
    if task.owner != self(), do: __at_line__(1221, raise(ArgumentError, invalid_owner_error(task)))
    # a monitor of our own: the task's may be gone already (yield/yield_many demonitor it), and a
    # DOWN (:noproc for a finished task) must still arrive
    mon = :erlang.monitor(:process, pid)
    signal_exit(pid, if(shutdown == :brutal_kill, do: :kill, else: :shutdown))

    result = shutdown_receive(pid, ref, mon, shutdown)
    :erlang.demonitor(mon, [:flush])
    :erlang.demonitor(ref, [:flush])
    # an {:EXIT, pid, _} queued before the unlink stays, as on OTP
    result
  end

  # the task is unlinked, then sent its exit signal; a watcher process (started first, as
  # Elixir's) sends that signal itself should this process die in between, and is told when it
  # is done
  defp signal_exit(pid, reason) do
    owner = self()
    done = make_ref()

    watcher =
      spawn(fn ->
        owner_mon = Process.monitor(owner)

        receive do
          {:done, ^done} -> :ok
          {:DOWN, ^owner_mon, _, _, _} -> Process.exit(pid, reason)
        end
      end)

    :erlang.unlink(pid)
    :erlang.exit(pid, reason)
    send(watcher, {:done, done})
    :ok
  end

  # Only our own monitor's DOWN tells how the task ended: the reason this shutdown caused
  # (:shutdown for a timed shutdown, :killed for :brutal_kill) gives nil, or the reply if one
  # came first; any other reason (a :killed after the timeout expired too) is {:exit, reason}.
  # A task already gone (:noproc) is judged by what it left in the mailbox: its reply, else its
  # own monitor's DOWN, else {:exit, :noproc}.
  defp shutdown_receive(pid, ref, mon, shutdown) do
    {timeout, expected} =
      case shutdown do
        :brutal_kill -> {:infinity, :killed}
        t -> {t, :shutdown}
      end

    receive do
      {:DOWN, ^mon, _, _, reason} -> shutdown_result(ref, reason, expected)
    after
      timeout ->
        :erlang.exit(pid, :kill)

        receive do
          {:DOWN, ^mon, _, _, reason} -> shutdown_result(ref, reason, nil)
        end
    end
  end

  defp shutdown_result(ref, :noproc, _expected) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 ->
        receive do
          {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
        after
          0 -> {:exit, :noproc}
        end
    end
  end

  defp shutdown_result(ref, reason, expected) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> if reason == expected, do: nil, else: {:exit, reason}
    end
  end

  @doc false
  # deprecated in 1.14 (the compiler warns at each call): a task's reply or :DOWN among `tasks`
  def find(tasks, {ref, reply}) when is_reference(ref) do
    Enum.find_value(tasks, fn
      %Task{ref: ^ref} = task ->
        Process.demonitor(ref, [:flush])
        {reply, task}

      %Task{} ->
        nil
    end)
  end

  def find(tasks, {:DOWN, ref, _, _proc, reason} = msg) when is_reference(ref) do
    if Enum.find(tasks, fn %Task{ref: task_ref} -> task_ref == ref end) do
      exit({reason, {__MODULE__, :find, [tasks, msg]}})
    end
  end

  def find(_tasks, _msg), do: nil

  def ignore(%Task{ref: ref, pid: pid} = task) do
    if task.owner != self(), do: __at_line__(856, raise(ArgumentError, invalid_owner_error(task)))
    :erlang.unlink(pid)

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      0 ->
        :erlang.demonitor(ref, [:flush])
        nil
    end
  end

  @doc """
  A stream that runs `fun` on each element concurrently (up to `max_concurrency:`, the number of
  schedulers unless given) and gives `{:ok, result}` for each, in order unless `ordered: false`.

  ## Examples

      iex> 1..3 |> Task.async_stream(fn x -> x * x end) |> Enum.to_list()
      [ok: 1, ok: 4, ok: 9]
  """
  @doc since: "1.4.0"
  @spec async_stream(Enumerable.t(), (term() -> term()), keyword()) :: Enumerable.t()
  def async_stream(enumerable, fun, options \\ []) when is_function(fun, 1) and is_list(options) do
    build_stream(enumerable, fun, options)
  end

  @doc false
  def async_stream(enumerable, module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    async_stream(enumerable, module, function, args, [])
  end

  def async_stream(enumerable, module, function, args, options)
      when is_atom(module) and is_atom(function) and is_list(args) and is_list(options) do
    build_stream(enumerable, {module, function, args}, options)
  end

  # a reduce function (an Enumerable fun/2) with Elixir's process structure, so pids, links and
  # lineage are Elixir's: reducing it runs Task.Supervised.stream/7 (lib/otp/task_supervised.ex),
  # the caller's loop and the monitor process that starts each task through the spawn function
  # (so the task is linked to the monitor, not the caller), monitors it and arms its timeout; the
  # options are checked when the stream is run, by Task.Supervised.stream/7, as in Elixir
  # (the fun takes what Elixir's does: it inspects as Elixir's, `#Function<3.106504518/2 in Task.build_stream/3>`)
  defp build_stream(enumerable, fun_or_mfa, options) do
    fn acc, reducer -> Task.Supervised.stream(enumerable, acc, reducer, nil, fun_or_mfa, options, &__stream_task__/2) end
  end

  defp invalid_owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end
end
