defmodule Process do
  @moduledoc "Elixir's Process API over the VM's process BIFs."

  def alive?(pid), do: :erlang.is_process_alive(pid)

  def sleep(timeout) when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    receive do
    after
      timeout -> :ok
    end
  end

  def send(dest, msg, _options) do
    :erlang.send(dest, msg)
    :ok
  end

  def send_after(dest, msg, time, _opts \\ []) do
    :erlang.send_after(time, dest, msg)
  end

  def cancel_timer(timer_ref, options \\ []) do
    case options do
      [] -> :erlang.cancel_timer(timer_ref)
      _ -> :erlang.cancel_timer(timer_ref, options)
    end
  end

  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref)

  def exit(pid, reason) do
    :erlang.exit(pid, reason)
  end

  def flag(flag, value), do: :erlang.process_flag(flag, value)

  def flag(pid, flag, value), do: :erlang.process_flag(pid, flag, value)

  def group_leader, do: :erlang.group_leader()

  def group_leader(pid, leader), do: :erlang.group_leader(leader, pid)

  def spawn(fun, opts), do: :erlang.spawn_opt(fun, opts)

  def spawn(mod, fun, args, opts), do: :erlang.spawn_opt(mod, fun, args, opts)

  def monitor(item), do: :erlang.monitor(:process, item)

  def demonitor(monitor_ref, options \\ []) do
    case options do
      [] -> :erlang.demonitor(monitor_ref)
      _ -> :erlang.demonitor(monitor_ref, options)
    end
  end

  def link(pid_or_port), do: :erlang.link(pid_or_port)
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port)

  def list, do: :erlang.processes()

  def register(pid_or_port, name)
      when is_atom(name) and name != nil and name != false and name != true and
             name != :undefined do
    try do
      :erlang.register(name, pid_or_port)
    catch
      :error, :badarg ->
        # raised with the arguments, as Elixir's: the frame shows Process.register(pid, name)
        message =
          "could not register #{inspect(pid_or_port)} with name #{inspect(name)} because it is not alive, " <>
            "the name is already taken, or it has already been given another name"

        :erlang.error(ArgumentError.exception(message), [pid_or_port, name])
    end
  end

  def unregister(name), do: :erlang.unregister(name)

  def whereis(name) do
    case :erlang.whereis(name) do
      :undefined -> nil
      pid -> pid
    end
  end

  def registered, do: :erlang.registered()

  def info(pid) do
    case :erlang.process_info(pid) do
      :undefined -> nil
      other -> other
    end
  end

  def info(pid, :registered_name) do
    case :erlang.process_info(pid, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec) do
    case :erlang.process_info(pid, spec) do
      :undefined -> nil
      other -> other
    end
  end

  def hibernate(mod, fun_name, args), do: apply(mod, fun_name, args)

  def get, do: :erlang.get()
  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get_keys, do: :erlang.get_keys()
  def get_keys(value), do: :erlang.get_keys(value)
  def put(key, value) do
    case :erlang.put(key, value) do
      :undefined -> nil
      old -> old
    end
  end

  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      old -> old
    end
  end
end
