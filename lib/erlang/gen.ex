# Erlang's :gen, the client side of a call to an OTP server: call/4 monitors the server, sends
# {label, {self(), tag}, request} and waits in do_call/4 for {tag, reply} ({:ok, reply}) or the
# server's death, exiting with the raw reason (:timeout, :noproc, the server's exit reason). The
# monitor's reference is also the alias the reply is sent to: demonitor ends it, so a reply after
# a timeout is dropped (OTP 24+). A waiting client's stack shows gen.erl's do_call/4.
defmodule :gen do
  def call(pid, label, request, timeout) when is_pid(pid), do: do_call(pid, label, request, timeout)
  def call(process, label, request, timeout), do: do_for_proc(process, fn pid -> do_call(pid, label, request, timeout) end)

  # a server named by a registered name, {:global, name}, {:via, mod, name} or {name, node}: no
  # such process exits :noproc, another node {:nodedown, node} (this node is not distributed),
  # any other term fails with function_clause here (:gen_server.call turns it into its exit)
  @file "gen.erl"
  @beamlet_def_line 557
  def do_for_proc(pid, fun) when is_pid(pid), do: fun.(pid)

  def do_for_proc(name, fun) when is_atom(name) do
    case :erlang.whereis(name) do
      pid when is_pid(pid) -> fun.(pid)
      :undefined -> __at_line__(565, exit(:noproc))
    end
  end

  def do_for_proc({:global, name}, fun) do
    case :global.whereis_name(name) do
      pid when is_pid(pid) -> fun.(pid)
      :undefined -> __at_line__(583, exit(:noproc))
    end
  end

  def do_for_proc({:via, mod, name}, fun) when is_atom(mod) do
    case mod.whereis_name(name) do
      pid when is_pid(pid) -> fun.(pid)
      :undefined -> __at_line__(583, exit(:noproc))
    end
  end

  def do_for_proc({name, node}, fun) when node == node(), do: do_for_proc(name, fun)
  def do_for_proc({_name, node}, _fun) when is_atom(node), do: __at_line__(592, exit({:nodedown, node}))

  # :gen_server.stop/3's way: the server by any name, then :proc_lib.stop/3
  def stop(process), do: stop(process, :normal, :infinity)
  def stop(process, reason, timeout), do: do_for_proc(process, fn pid -> :proc_lib.stop(pid, reason, timeout) end)

  @file "gen.erl"
  @beamlet_frame_line 256
  # (a process cannot wait for its own reply: OTP refuses at once rather than time out)
  def do_call(pid, _label, _request, _timeout) when pid == self(), do: exit(:calling_self)

  # (OTP's wait without a timeout is a clause of its own, at another line: a local server's reply
  # or death always ends it, so OTP needs no alias and the tag is the monitor's bare reference)
  @file "gen.erl"
  @beamlet_frame_line 237
  def do_call(pid, label, request, :infinity) when node(pid) == node() do
    ref = :erlang.monitor(:process, pid)
    send(pid, {label, {self(), ref}, request})

    # (the server's death exits at gen.erl:243; a client waiting here stands at the receive's
    # line, 237, which beamlet's wait takes from the last clause's code: the reply's clause last)
    receive do
      {:DOWN, ^ref, _, _, reason} ->
        __at_line__(243, exit(reason))

      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        {:ok, reply}
    end
  end

  @file "gen.erl"
  @beamlet_frame_line 256
  def do_call(pid, label, request, timeout) do
    ref = :erlang.monitor(:process, pid, alias: :demonitor)
    tag = [:alias | ref]
    send(pid, {label, {self(), tag}, request})

    # (the server's death exits at gen.erl:266, a waiting client stands at 256: as above)
    receive do
      {:DOWN, ^ref, _, _, reason} ->
        __at_line__(266, exit(reason))

      {^tag, reply} ->
        :erlang.demonitor(ref, [:flush])
        {:ok, reply}
    after
      timeout ->
        :erlang.demonitor(ref, [:flush])
        __at_line__(273, exit(:timeout))
    end
  end

  # a request id (gen_server:send_request/2) is the monitor and alias its reply comes back on: a
  # waiting client's stack shows these gen.erl functions under gen_server's
  @file "gen.erl"
  @beamlet_frame_line 327
  def wait_response(req_id, timeout) do
    receive do
      {[:alias | ^req_id], reply} ->
        :erlang.demonitor(req_id, [:flush])
        {:reply, reply}

      {:DOWN, ^req_id, _, object, reason} ->
        {:error, {reason, object}}
    after
      timeout -> :timeout
    end
  end

  # as wait_response/2, but a timeout abandons the request: a late reply is dropped
  @file "gen.erl"
  @beamlet_frame_line 369
  def receive_response(req_id, timeout) do
    receive do
      {[:alias | ^req_id], reply} ->
        :erlang.demonitor(req_id, [:flush])
        {:reply, reply}

      {:DOWN, ^req_id, _, object, reason} ->
        {:error, {reason, object}}
    after
      timeout ->
        :erlang.demonitor(req_id, [:flush])
        :timeout
    end
  end
end
