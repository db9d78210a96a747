# Erlang's :proc_lib, the start of every OTP process (GenServer, Agent, Supervisor, Task): the
# process's initial call is :proc_lib.init_p/5, which records the processes above it and what it
# runs ($ancestors, $initial_call) and applies its function from init_p_do_apply/3, whose frame
# is at the bottom of the process's stack traces. initial_call/1 and translate_initial_call/1 read
# what it recorded.
defmodule :proc_lib do

  def init_p(parent, ancestors, m, f, a) do
    Process.put(:"$ancestors", [parent | ancestors])
    Process.put(:"$initial_call", {m, f, length(a)})
    init_p_do_apply(m, f, a)
  end

  # a caught failure ends the process as an exit ({reason, stacktrace} for an error), as OTP's
  # exit_p/3 does: the crash report it writes is in the SASL domain, which Elixir 1.14's Logger
  # does not print, so no "raised an exception" report either
  @file "proc_lib.erl"
  @beamlet_frame_line 240
  def init_p_do_apply(m, f, a) do
    try do
      apply(m, f, a)
    catch
      kind, reason -> exit_p(kind, reason, __STACKTRACE__)
    end
  end

  # spawn/spawn_link of a fun or an {m, f, a}, started as OTP processes (ancestors, initial call)
  def spawn(fun), do: :erlang.spawn(:proc_lib, :init_p, [parent_name(), ancestors(), fun])
  def spawn(m, f, a), do: :erlang.spawn(:proc_lib, :init_p, [parent_name(), ancestors(), m, f, a])
  def spawn_link(fun), do: :erlang.spawn_link(:proc_lib, :init_p, [parent_name(), ancestors(), fun])
  def spawn_link(m, f, a), do: :erlang.spawn_link(:proc_lib, :init_p, [parent_name(), ancestors(), m, f, a])

  @file "proc_lib.erl"
  @beamlet_frame_line 225
  def init_p(parent, ancestors, fun) when is_function(fun) do
    Process.put(:"$ancestors", [parent | ancestors])
    Process.put(:"$initial_call", :erlang.fun_info_mfa(fun))

    try do
      fun.()
    catch
      kind, reason -> exit_p(kind, reason, __STACKTRACE__)
    end
  end

  defp exit_p(:error, reason, stacktrace), do: :erlang.raise(:exit, {reason, stacktrace}, stacktrace)
  defp exit_p(:throw, reason, stacktrace), do: :erlang.raise(:exit, {{:nocatch, reason}, stacktrace}, stacktrace)
  defp exit_p(:exit, reason, stacktrace), do: :erlang.raise(:exit, reason, stacktrace)

  defp parent_name do
    case Process.info(self(), :registered_name) do
      {:registered_name, name} when is_atom(name) -> name
      _ -> self()
    end
  end

  defp ancestors, do: Process.get(:"$ancestors", [])

  # {m, f, [:Argument__1, ...]} of the recorded initial call, or false
  def initial_call(pid_or_dict) do
    case recorded(pid_or_dict, :"$initial_call") do
      {m, f, arity} -> {m, f, for(n <- 1..arity//1, do: :erlang.list_to_atom(~c"Argument__" ++ :erlang.integer_to_list(n)))}
      _ -> false
    end
  end

  # the recorded initial call, or proc_lib's own for a process that has none
  def translate_initial_call(pid_or_dict) do
    case recorded(pid_or_dict, :"$initial_call") do
      {_, _, _} = mfa -> mfa
      _ -> {:proc_lib, :init_p, 5}
    end
  end

  defp recorded(pid, key) when is_pid(pid) do
    case :erlang.process_info(pid, :dictionary) do
      {:dictionary, dict} -> in_dictionary(dict, key)
      _ -> false
    end
  end

  # a process's info list (what Process.info/1 gives)
  defp recorded(info, key) when is_list(info) do
    case :lists.keyfind(:dictionary, 1, info) do
      {:dictionary, dict} -> in_dictionary(dict, key)
      false -> false
    end
  end

  defp in_dictionary(dict, key) do
    case :lists.keyfind(key, 1, dict) do
      {^key, value} -> value
      false -> false
    end
  end
end
