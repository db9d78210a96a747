defmodule Process do
  @moduledoc """
  Functions for processes: sending messages and timers, links and monitors, registered names, the
  process dictionary and information about a process. Many of them wrap the `:erlang` module's
  process functions.

      iex> Process.send_after(self(), :tick, 0) |> is_reference()
      true
  """
  # Elixir's Process API over the VM's process BIFs.

  @doc """
  True when the local process `pid` exists and has not exited.
  """
  @doc delegate_to: {:erlang, :is_process_alive, 1}
  @spec alive?(pid()) :: boolean()
  def alive?(pid), do: :erlang.is_process_alive(pid)

  @doc """
  Suspends the calling process for `timeout` milliseconds (or forever with `:infinity`). Messages
  wait in the mailbox meanwhile.
  """
  @spec sleep(timeout()) :: :ok
  # (a process waiting here is at Elixir's line of it: Process.info's current_stacktrace, a test's
  # timeout report)
  @beamlet_frame_line 250
  def sleep(timeout) when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    receive do
    after
      timeout -> :ok
    end
  end

  @doc """
  Sends `msg` to `dest` as `send/2` does, with options (`:noconnect`, `:nosuspend`).
  """
  @doc delegate_to: {:erlang, :send, 3}
  @spec send(dest, msg, [option]) :: :ok | :noconnect | :nosuspend when dest: dest(), msg: any(), option: :noconnect | :nosuspend
  def send(dest, msg, _options) do
    :erlang.send(dest, msg)
    :ok
  end

  @doc """
  Sends `msg` to `dest` after `time` milliseconds and returns the timer's reference (for
  `cancel_timer/1`). With `abs: true`, `time` is a monotonic time to fire at.
  """
  @spec send_after(pid() | atom(), term(), non_neg_integer(), [option]) :: reference() when option: {:abs, boolean()}
  # (a call written Process.send_after(...) is compiled as :erlang.send_after(time, dest, msg[,
  # opts]), as Elixir rewrites it: this runs for apply/3 and captures, its frame at Elixir's line)
  def send_after(dest, msg, time, opts \\ []), do: __at_line__(325, :erlang.send_after(time, dest, msg, opts))

  @doc """
  Cancels a timer from `send_after/3` or `:erlang.start_timer/3`: the milliseconds it had left,
  or `false` when it had already fired or was unknown.
  """
  @doc delegate_to: {:erlang, :cancel_timer, 2}
  @spec cancel_timer(reference(), options) :: non_neg_integer() | false | :ok when options: [async: boolean(), info: boolean()]
  def cancel_timer(timer_ref, options \\ [])
  def cancel_timer(timer_ref, []), do: :erlang.cancel_timer(timer_ref)
  def cancel_timer(timer_ref, options), do: :erlang.cancel_timer(timer_ref, options)

  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref)

  @doc """
  Sends the exit signal `reason` to `pid`. A process not trapping exits dies unless the reason
  is `:normal`; `:kill` kills it in any case. Returns `true`.
  """
  @doc delegate_to: {:erlang, :exit, 2}
  @spec exit(pid(), term()) :: true
  def exit(pid, reason) do
    :erlang.exit(pid, reason)
  end

  @doc """
  Sets a flag of the calling process (`:trap_exit`, `:priority`, ...) and returns its old value.
  """
  @doc delegate_to: {:erlang, :process_flag, 2}
  @spec flag(:error_handler, module()) :: module()
  @spec flag(:max_heap_size, heap_size()) :: heap_size()
  @spec flag(:message_queue_data, :off_heap | :on_heap) :: :off_heap | :on_heap
  @spec flag(:min_bin_vheap_size, non_neg_integer()) :: non_neg_integer()
  @spec flag(:min_heap_size, non_neg_integer()) :: non_neg_integer()
  @spec flag(:priority, priority_level()) :: priority_level()
  @spec flag(:save_calls, 0..10000) :: 0..10000
  @spec flag(:sensitive, boolean()) :: boolean()
  @spec flag(:trap_exit, boolean()) :: boolean()
  def flag(flag, value), do: :erlang.process_flag(flag, value)

  def flag(pid, flag, value), do: :erlang.process_flag(pid, flag, value)

  def group_leader, do: :erlang.group_leader()

  def group_leader(pid, leader), do: :erlang.group_leader(leader, pid)

  def spawn(fun, opts), do: :erlang.spawn_opt(fun, opts)

  def spawn(mod, fun, args, opts), do: :erlang.spawn_opt(mod, fun, args, opts)

  @doc """
  Starts monitoring `item` (a pid or registered name) and returns a reference; when it goes down,
  the caller receives `{:DOWN, ref, :process, object, reason}`.
  """
  @spec monitor(pid() | {name, node()} | name) :: reference() when name: atom()
  def monitor(item), do: __at_line__(479, :erlang.monitor(:process, item))

  @doc """
  Removes the monitor `monitor_ref`; with `[:flush]`, also removes its `:DOWN` message from the
  mailbox.
  """
  @doc delegate_to: {:erlang, :demonitor, 2}
  @spec demonitor(reference(), options :: [:flush | :info]) :: boolean()
  def demonitor(monitor_ref, options \\ []) do
    case options do
      [] -> :erlang.demonitor(monitor_ref)
      _ -> :erlang.demonitor(monitor_ref, options)
    end
  end

  @doc """
  Links the calling process to `pid_or_port`: when one exits abnormally, the other gets the exit
  signal.
  """
  @doc delegate_to: {:erlang, :link, 1}
  @spec link(pid() | port()) :: true
  def link(pid_or_port), do: :erlang.link(pid_or_port)
  @doc """
  Removes the link between the calling process and `pid_or_port`.
  """
  @doc delegate_to: {:erlang, :unlink, 1}
  @spec unlink(pid() | port()) :: true
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port)

  @doc """
  The pids of all the processes running on the node.
  """
  @doc delegate_to: {:erlang, :processes, 0}
  @spec list() :: [pid()]
  def list, do: :erlang.processes()

  @doc """
  Registers `pid_or_port` under the atom `name`, so that messages can be sent to the name.
  Raises `ArgumentError` when the name is taken or the process is dead.
  """
  @spec register(pid() | port(), atom()) :: true
  def register(pid_or_port, name)
      when is_atom(name) and name != nil and name != false and name != true and
             name != :undefined do
    try do
      :erlang.register(name, pid_or_port)
    catch
      :error, :badarg ->
        # raised with the arguments, as Elixir's: the frame shows Process.register(pid, name) at its line
        message =
          "could not register #{inspect(pid_or_port)} with name #{inspect(name)} because it is not alive, " <>
            "the name is already taken, or it has already been given another name"

        :beamlet.error_at(611, ArgumentError.exception(message), [pid_or_port, name])
    end
  end

  def unregister(name), do: :erlang.unregister(name)

  @doc """
  The pid or port registered under `name`, or `nil`.

  ## Examples

      iex> Process.whereis(:no_such_name)
      nil
  """
  @spec whereis(atom()) :: pid() | port() | nil
  def whereis(name) do
    case __at_line__(653, :erlang.whereis(name)) do
      :undefined -> nil
      pid -> pid
    end
  end

  def registered, do: :erlang.registered()

  @doc """
  A keyword list of facts about the process (status, message queue length, links, dictionary,
  ...), or `nil` when it is not alive.
  """
  @spec info(pid()) :: keyword() | nil
  def info(pid) do
    case __at_line__(752, :erlang.process_info(pid)) do
      :undefined -> nil
      other -> other
    end
  end

  @doc """
  The item (or items) `spec` of `:erlang.process_info/2` for `pid`, or `nil` when it is not alive.
  """
  @spec info(pid(), atom() | [atom()]) :: {atom(), term()} | [{atom(), term()}] | nil
  # (the frame of its call of :erlang.process_info/2 at Elixir's line: a :current_stacktrace shows it)
  def info(pid, :registered_name) do
    case __at_line__(763, :erlang.process_info(pid, :registered_name)) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec) do
    case __at_line__(773, :erlang.process_info(pid, spec)) do
      :undefined -> nil
      other -> other
    end
  end

  def hibernate(mod, fun_name, args), do: :erlang.hibernate(mod, fun_name, args)

  def get, do: :erlang.get()
  @doc """
  The value of `key` in the process dictionary, or `default`.

  ## Examples

      iex> Process.put(:count, 1)
      nil
      iex> Process.get(:count)
      1
  """
  @spec get(term(), default :: term()) :: term()
  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get_keys, do: :erlang.get_keys()
  def get_keys(value), do: :erlang.get_keys(value)
  @doc """
  Stores `value` under `key` in the process dictionary and returns the previous value (or `nil`).
  """
  @spec put(term(), term()) :: term() | nil
  def put(key, value) do
    case :erlang.put(key, value) do
      :undefined -> nil
      old -> old
    end
  end

  @doc """
  Removes `key` from the process dictionary and returns its value (or `nil`).
  """
  @spec delete(term()) :: term() | nil
  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      old -> old
    end
  end
end
