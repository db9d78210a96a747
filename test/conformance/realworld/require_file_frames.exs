# Frames of code from a required file name it relative to the current directory (Code.require_file
# with __DIR__ gives an absolute path), while __ENV__.file stays absolute; a definition quoted with
# location: :keep names the macro's file and lines, and so does use GenServer's default
# handle_call/handle_cast (Elixir's lib/gen_server.ex)
Code.require_file("required_keep_helper.ex", __DIR__)

defmodule Hooks do
  use RequiredKeep.Plugin
  require RequiredKeep.Plugin
  RequiredKeep.Plugin.plain()
  def handle(:ping), do: :pong
  def handle(other), do: super(other)
end

defmodule Quiet do
  use GenServer
  def init(s), do: {:ok, s}
end

defmodule Main do
  def top(f) do
    try do
      f.()
    rescue
      e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)})
    end
  end

  def run do
    IO.inspect(Hooks.handle(:ping))
    top(fn -> Hooks.handle(:pong) end)
    top(fn -> Hooks.plain_fail() end)
    top(fn -> RequiredKeep.Plugin.direct(:k) end)
    IO.inspect(Path.basename(__ENV__.file))
    IO.inspect(String.starts_with?(__ENV__.file, "/"))

    {:ok, pid} = GenServer.start(Quiet, 0)
    ref = Process.monitor(pid)
    GenServer.cast(pid, :inc)
    receive do
      {:DOWN, ^ref, :process, ^pid, {e, [frame | _]}} -> IO.inspect({Exception.message(e), frame})
    end

    {:ok, pid} = GenServer.start(Quiet, 0)
    try do
      GenServer.call(pid, :get)
    catch
      :exit, {{e, [frame | _]}, _} -> IO.inspect({Exception.message(e), frame})
    end

    Logger.flush()
  end
end

require Logger
Main.run()
