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

  # the caught failure goes on as it came: the process ends with it
  @file "proc_lib.erl"
  @beamlet_frame_line 240
  def init_p_do_apply(m, f, a) do
    try do
      apply(m, f, a)
    catch
      kind, reason -> :erlang.raise(kind, reason, __STACKTRACE__)
    end
  end

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
