defmodule :sys do
  @moduledoc """
  The system message protocol of OTP's sys module.

  A client sends `{:system, {pid, tag}, request}` (through GenServer.__call__ with the
  label :system); the server, when it receives it in its loop, calls
  `:sys.handle_system_msg(request, from, parent, module, debug, misc)`, which answers
  and then either calls back `module.system_continue(parent, debug, misc)` (running),
  stays in a suspended loop here (only system messages and the parent's exit are
  received; everything else stays queued), or calls `module.system_terminate/4`.

  The callback module implements system_continue/3, system_terminate/4,
  system_get_state/1, system_replace_state/2, system_code_change/4 and
  system_status_data/3 (the last is beamlet's stand-in for format_status).
  """

  # ---------------------------------------------------------------------------
  # Client API

  def get_state(name), do: unwrap_state(send_system_msg(name, :get_state, :default))
  def get_state(name, timeout), do: unwrap_state(send_system_msg(name, :get_state, timeout))

  defp unwrap_state({:ok, state}), do: state
  defp unwrap_state({:error, reason}), do: :erlang.error(reason)

  def replace_state(name, fun) do
    unwrap_state(send_system_msg(name, {:replace_state, fun}, :default))
  end

  def replace_state(name, fun, timeout) do
    unwrap_state(send_system_msg(name, {:replace_state, fun}, timeout))
  end

  def suspend(name), do: send_system_msg(name, :suspend, :default)
  def suspend(name, timeout), do: send_system_msg(name, :suspend, timeout)

  def resume(name), do: send_system_msg(name, :resume, :default)
  def resume(name, timeout), do: send_system_msg(name, :resume, timeout)

  def change_code(name, mod, vsn, extra) do
    send_system_msg(name, {:change_code, mod, vsn, extra}, :default)
  end

  def change_code(name, mod, vsn, extra, timeout) do
    send_system_msg(name, {:change_code, mod, vsn, extra}, timeout)
  end

  def get_status(name), do: send_system_msg(name, :get_status, :default)
  def get_status(name, timeout), do: send_system_msg(name, :get_status, timeout)

  # trace(server, true): the server prints each event it handles ("*DBG* name got call ...")
  def trace(name, flag), do: send_system_msg(name, {:debug, {:trace, flag}}, :default)
  def trace(name, flag, timeout), do: send_system_msg(name, {:debug, {:trace, flag}}, timeout)

  def terminate(name, reason), do: send_system_msg(name, {:terminate, reason}, :default)

  def terminate(name, reason, timeout) do
    send_system_msg(name, {:terminate, reason}, timeout)
  end

  defp send_system_msg(name, request, timeout) do
    t =
      case timeout do
        :default -> 5000
        t -> t
      end

    result =
      case GenServer.whereis(name) do
        nil ->
          {:exit, :noproc}

        pid ->
          try do
            {:ok, GenServer.__call__(pid, :system, request, t)}
          catch
            :exit, reason -> {:exit, reason}
          end
      end

    case result do
      {:ok, reply} -> reply
      {:exit, reason} -> exit({reason, mfa(name, request, timeout)})
    end
  end

  defp mfa(name, request, :default), do: mfa(name, request)

  defp mfa(name, request, timeout) do
    {m, f, a} = mfa(name, request)
    {m, f, a ++ [timeout]}
  end

  defp mfa(name, {:change_code, mod, vsn, extra}), do: {:sys, :change_code, [name, mod, vsn, extra]}
  defp mfa(name, {:terminate, reason}), do: {:sys, :terminate, [name, reason]}
  defp mfa(name, {:replace_state, fun}), do: {:sys, :replace_state, [name, fun]}
  defp mfa(name, atom) when is_atom(atom), do: {:sys, atom, [name]}
  defp mfa(name, other), do: {:sys, other, [name]}

  # ---------------------------------------------------------------------------
  # Server side

  def handle_system_msg(request, from, parent, module, debug, misc) do
    handle_system_msg(:running, request, from, parent, module, debug, misc)
  end

  defp handle_system_msg(sys_state, request, from, parent, module, debug, misc) do
    case do_cmd(sys_state, request, parent, module, misc) do
      {{:terminating, reason}, _reply, nmisc} ->
        module.system_terminate(reason, parent, debug, nmisc)

      {:suspended, reply, nmisc} ->
        gen_reply(from, reply)
        suspend_loop(parent, module, debug, nmisc)

      {:running, reply, nmisc} ->
        gen_reply(from, reply)
        module.system_continue(parent, debug, nmisc)
    end
  end

  defp suspend_loop(parent, module, debug, misc) do
    receive do
      {:system, from, request} ->
        handle_system_msg(:suspended, request, from, parent, module, debug, misc)

      {:EXIT, ^parent, reason} ->
        module.system_terminate(reason, parent, debug, misc)
    end
  end

  defp gen_reply({_pid, [:alias | alias] = tag}, reply) do
    send(alias, {tag, reply})
    :ok
  end

  defp gen_reply({pid, tag}, reply) when is_pid(pid) do
    send(pid, {tag, reply})
    :ok
  end

  defp gen_reply(_, _), do: :ok

  defp do_cmd(_, :suspend, _parent, _module, misc), do: {:suspended, :ok, misc}
  defp do_cmd(_, :resume, _parent, _module, misc), do: {:running, :ok, misc}

  defp do_cmd(sys_state, :get_state, _parent, module, misc) do
    reply =
      try do
        module.system_get_state(misc)
      catch
        kind, reason ->
          {:error, {:callback_failed, {callback_name(module), :system_get_state}, {kind, reason}}}
      end

    {sys_state, reply, misc}
  end

  defp do_cmd(sys_state, {:replace_state, fun}, _parent, module, misc) do
    result =
      try do
        {:ok, nstate, nmisc} = module.system_replace_state(fun, misc)
        {{:ok, nstate}, nmisc}
      catch
        kind, reason ->
          {{:error,
            {:callback_failed, {callback_name(module), :system_replace_state}, {kind, reason}}},
           misc}
      end

    {reply, nmisc} = result
    {sys_state, reply, nmisc}
  end

  defp do_cmd(sys_state, :get_status, parent, module, misc) do
    data = module.system_status_data(misc, sys_state, parent)
    dict = [{:"$initial_call", Process.get(:"$initial_call", initial_call(misc))}, {:"$ancestors", Process.get(:"$ancestors", [parent])}]
    status = {:status, self(), {:module, callback_name(module)}, [dict, sys_state, parent, [], data]}
    {sys_state, status, misc}
  end

  defp do_cmd(:suspended, {:change_code, mod, vsn, extra}, _parent, module, misc) do
    result =
      try do
        module.system_code_change(misc, mod, vsn, extra)
      catch
        :throw, value -> value
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
        :exit, reason -> {:EXIT, reason}
      end

    case result do
      {:ok, nmisc} -> {:suspended, :ok, nmisc}
      other -> {:suspended, {:error, other}, misc}
    end
  end

  # the debug option lives in the server's dictionary: its loop reads it per event
  defp do_cmd(sys_state, {:debug, {:trace, flag}}, _parent, _module, misc) when is_boolean(flag) do
    if flag, do: Process.put(:"$beamlet_sys_trace", true), else: Process.delete(:"$beamlet_sys_trace")
    {sys_state, :ok, misc}
  end

  defp do_cmd(_sys_state, {:terminate, reason}, _parent, _module, misc) do
    {{:terminating, reason}, :ok, misc}
  end

  defp do_cmd(sys_state, other, _parent, _module, misc) do
    {sys_state, {:error, {:unknown_system_msg, other}}, misc}
  end

  defp callback_name(GenServer), do: :gen_server
  defp callback_name(:gen_statem), do: :gen_statem
  defp callback_name(other), do: other

  defp initial_call({_name, mod, _state, _timeout}) when is_atom(mod), do: {mod, :init, 1}
  defp initial_call(_), do: :undefined
end
