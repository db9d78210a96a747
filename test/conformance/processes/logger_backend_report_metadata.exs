# What a Logger backend receives for OTP's and Elixir's reports (Elixir 1.14's handler): the message
# as the chardata its translator builds, and the metadata of the :logger event (the location of
# OTP's log call, domain, report callbacks, :error_logger tag, the process's own Logger metadata)
# with the translator's crash_reason and registered_name. A GenServer that raised, stopped or
# exited (named, globally named, unnamed; a call's client alive), an Agent, a Task started from an
# MFA, a gen_event handler, an unexpected message, the same at the :info level (no state), and a
# backend that fails after another took the entry (gen_event's report, then its watcher's).
# Pids are shown as who they are; the time as whether it is an integer (and as T in an event shown
# in a message).
defmodule Backend do
  def init(_), do: {:ok, nil}

  def handle_event({level, gl, {Logger, msg, _ts, md}}, s) do
    send(:main, {:logged, level, gl, msg, md})
    {:ok, s}
  end

  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}
end

defmodule Crashy do
  def init(_), do: {:ok, :crashy}
  def handle_event({_, _, {Logger, "crash", _, _}}, _s), do: raise("backend boom")
  def handle_event(_, s), do: {:ok, s}
end

defmodule Server do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:raise, _, _s), do: raise("server boom")
  def handle_call(:exit, _, _s), do: exit(:gone)
  def handle_call(:undef, _, module), do: module.f()
  def handle_cast(:stop, s), do: {:stop, {:oops, [1]}, s}
  def handle_cast(:meta, s), do: (Logger.metadata(request: 7); {:stop, :bad, s})
end

defmodule Handler do
  @behaviour :gen_event
  def init(_), do: {:ok, 0}
  def handle_event(:boom, _), do: raise("handler boom")
  def handle_call(_, s), do: {:ok, :ok, s}
end

defmodule Work do
  def crash(n) do
    Logger.metadata(task: n)
    throw({:ball, n})
  end
end

defmodule Show do
  def wait(label) do
    receive do
      {:logged, level, gl, msg, md} ->
        names = Process.get(:names)
        name = fn pid -> Map.get(names, pid, if(is_pid(pid), do: :other_pid, else: pid)) end

        md =
          for {k, v} <- Enum.sort(md) do
            cond do
              k == :time -> {k, is_integer(v)}
              k in [:pid, :gl] -> {k, name.(v)}
              k == :callers -> {k, Enum.map(v, name)}
              true -> {k, v}
            end
          end

        IO.puts("== #{label}: #{level}, gl #{inspect(name.(gl))}")
        IO.inspect(clean(msg), limit: :infinity)
        IO.inspect(md, limit: :infinity)
    after
      5000 -> IO.puts("== #{label}: nothing")
    end
  end

  # (an event shown in a report's message: its timestamp and time)
  defp clean(text) when is_binary(text) do
    text
    |> String.replace(~r/\{\{\d+, \d+, \d+\}, \{\d+, \d+, \d+, \d+\}\}/, "T")
    |> String.replace(~r/time: \d+/, "time: T")
  end

  defp clean([head | tail]), do: [clean(head) | clean(tail)]
  defp clean(other), do: other

  def name(pid, name), do: Process.put(:names, Map.put(Process.get(:names, %{}), pid, name))
end

Process.register(self(), :main)
Logger.remove_backend(:console)
{:ok, _} = Logger.add_backend(Crashy)
{:ok, _} = Logger.add_backend(Backend)
Show.name(self(), :main)
Show.name(Process.group_leader(), :group_leader)

for {call, state, opts} <- [{:raise, :raise, name: :named}, {:exit, :exit, []}, {:undef, Nowhere, name: {:global, :global_name}}] do
  {:ok, pid} = GenServer.start(Server, state, opts)
  Show.name(pid, :server)
  catch_exit = try do GenServer.call(pid, call) catch :exit, _ -> :exited end
  IO.inspect(catch_exit)
  Show.wait("call #{call}")
end

for cast <- [:stop, :meta] do
  {:ok, pid} = GenServer.start(Server, cast)
  Show.name(pid, :server)
  GenServer.cast(pid, cast)
  Show.wait("cast #{cast}")
end

{:ok, agent} = Agent.start(fn -> :state end)
Show.name(agent, :agent)
try do Agent.get(agent, fn _ -> :erlang.error(:badarg) end) catch :exit, _ -> :ok end
Show.wait("agent")

{:ok, task} = Task.start(Work, :crash, [1])
Show.name(task, :task)
Show.wait("task")

{:ok, manager} = :gen_event.start({:local, :manager})
Show.name(manager, :manager)
:ok = :gen_event.add_handler(:manager, Handler, [])
:gen_event.notify(:manager, :boom)
Show.wait("gen_event")

for name <- [nil, :named_info] do
  {:ok, pid} = GenServer.start(Server, 0, if(name, do: [name: name], else: []))
  Show.name(pid, :server)
  send(pid, {:unexpected, "message", [1, 2]})
  Show.wait("unexpected message")
end

Logger.configure(level: :info)
{:ok, pid} = GenServer.start(Server, :info)
Show.name(pid, :server)
try do GenServer.call(pid, :exit) catch :exit, _ -> :ok end
Show.wait("info level")

require Logger
Logger.error("crash")
Show.wait("entry")
Show.wait("backend")
Show.wait("watcher")
