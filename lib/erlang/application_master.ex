# OTP's application master: each started application that has a callback module (mod: {mod, args})
# runs under one, as on the BEAM, and user code can see it: the master is the group leader of the
# application's processes (:application.get_application/0,1 find the application through it), it
# traps exits and is linked to :application_controller and to a second process, which calls
# mod.start(type, args), is linked to the top process it returns and waits in loop_it/4; when the
# top process dies it calls mod.stop(state) and exits with the same reason, which ends the master
# and is logged by the controller ("Application app exited: reason"). Application.stop/1 asks the
# master to stop: prep_stop/1, the top process shut down, stop/1, then every process left with the
# master as its group leader is killed.
defmodule :application_master do
  @moduledoc false

  # in a process of its own (the starter): the master started under proc_lib, as OTP's
  # application_master:start_link/2; {:ok, master} or {:error, reason}
  def start_link(controller, app, {mod, args}) do
    :proc_lib.start_link(:application_master, :init, [controller, self(), app, {mod, args}])
  end

  # (the start type is :normal: beamlet has no distributed takeover or failover)
  def init(controller, _starter, app, {mod, args}) do
    :erlang.link(controller)
    Process.flag(:trap_exit, true)
    :erlang.group_leader(self(), self())
    Application.__starting__(app, self())
    tag = make_ref()
    child = :erlang.spawn_link(:application_master, :start_it, [tag, self(), {mod, args}, :normal])

    receive do
      {^tag, :ok} ->
        :proc_lib.init_ack({:ok, self()})
        main_loop(controller, %{app: app, child: child, controller: controller})

      {^tag, {:error, reason}} ->
        :proc_lib.init_ack({:error, reason})
        exit(:normal)

      {:EXIT, ^child, reason} ->
        :proc_lib.init_ack({:error, {:bad_return, {{mod, :start, [:normal, args]}, {:EXIT, reason}}}})
        exit(:normal)
    end
  end

  @doc false
  def main_loop(controller, state) do
    receive do
      {:io_request, from, reply_as, request} ->
        :beamlet_boot.console_request(from, reply_as, request)
        main_loop(controller, state)

      {:get_child, from, ref} ->
        send(from, {ref, get_child_of(state.child)})
        main_loop(controller, state)

      {:stop, from, ref} ->
        send(state.child, {self(), :terminate})

        receive do
          {:EXIT, child, _} when child == state.child -> :ok
        end

        kill_all_procs()
        send(from, {ref, :ok})
        exit(:normal)

      {:EXIT, child, reason} when child == state.child ->
        kill_all_procs()
        exit(reason)

      {:EXIT, controller, reason} when controller == state.controller ->
        :erlang.exit(state.child, reason)

        receive do
          {:EXIT, child, _} when child == state.child -> :ok
        end

        kill_all_procs()
        exit(reason)

      _ ->
        main_loop(controller, state)
    end
  end

  # the top process and the callback module, as OTP's get_child/1 answers them
  def get_child(master) do
    ref = Process.monitor(master)
    send(master, {:get_child, self(), ref})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:undefined, []}
    end
  end

  defp get_child_of(child) do
    send(child, {self(), :get_child})

    receive do
      {^child, pid, mod} -> {pid, mod}
    after
      5000 -> {:undefined, []}
    end
  end

  # the second process: the application's start callback, then the wait beside its top process
  def start_it(tag, master, mod_args, type) do
    Process.flag(:trap_exit, true)
    start_it_old(tag, master, type, mod_args)
  end

  # (OTP's name and line, which an error raised by start/2 shows in its trace)
  @file "application_master.erl"
  @beamlet_frame_line 293
  def start_it_old(tag, master, type, {mod, args}) do
    result =
      try do
        {:ok, mod.start(type, args)}
      catch
        :error, reason -> {:crash, {reason, __STACKTRACE__}}
        :exit, reason -> {:crash, reason}
        :throw, value -> {:ok, value}
      end

    case result do
      {:ok, {:ok, pid}} when is_pid(pid) ->
        send(master, {tag, :ok})
        loop_it(master, pid, mod, [])

      {:ok, {:ok, pid, state}} when is_pid(pid) ->
        send(master, {tag, :ok})
        loop_it(master, pid, mod, state)

      {:ok, {:error, reason}} ->
        send(master, {tag, {:error, {reason, {mod, :start, [type, args]}}}})

      {:ok, other} ->
        send(master, {tag, {:error, {:bad_return, {{mod, :start, [type, args]}, other}}}})

      {:crash, reason} ->
        send(master, {tag, {:error, {:bad_return, {{mod, :start, [type, args]}, {:EXIT, reason}}}}})
    end
  end

  @doc false
  def loop_it(master, child, mod, state) do
    receive do
      {^master, :get_child} ->
        send(master, {self(), child, mod})
        loop_it(master, child, mod, state)

      {^master, :terminate} ->
        state = callback(mod, :prep_stop, state, state)
        :erlang.exit(child, :shutdown)

        receive do
          {:EXIT, ^child, _} -> :ok
        end

        callback(mod, :stop, state, :ok)
        exit(:normal)

      {:EXIT, ^master, reason} ->
        state = callback(mod, :prep_stop, state, state)
        :erlang.exit(child, reason)

        receive do
          {:EXIT, ^child, reason} ->
            callback(mod, :stop, state, :ok)
            exit(reason)
        end

      {:EXIT, ^child, reason} ->
        state = callback(mod, :prep_stop, state, state)
        callback(mod, :stop, state, :ok)
        exit(reason)

      _ ->
        loop_it(master, child, mod, state)
    end
  end

  # as OTP's `catch Mod:Fun(State)`: prep_stop/1 is optional (its state is kept without it), and a
  # failing stop/1 does not keep the application from stopping
  defp callback(mod, fun, arg, default) do
    if fun == :prep_stop and not function_exported?(mod, fun, 1) do
      default
    else
      try do
        apply(mod, fun, [arg])
      catch
        _, _ -> default
      end
    end
  end

  # the processes left with this master as their group leader belong to the application
  defp kill_all_procs do
    me = self()

    for pid <- Process.list(), pid != me, Process.info(pid, :group_leader) == {:group_leader, me} do
      :erlang.exit(pid, :kill)
    end

    :ok
  end
end

defmodule :application_controller do
  @moduledoc false
  # the master of a started application, :undefined when none (not started, or no callback module)
  def get_master(app) when is_atom(app), do: Application.__master__(app)
end
