defmodule Minimal do
  use GenServer
  def init(s), do: {:ok, s}
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Minimal, :state)
    send(p, :unexpected_info)
    :sys.get_state(p)
    Logger.flush()
    IO.puts("still alive: #{Process.alive?(p)}")
    ref = Process.monitor(p)
    r =
      try do
        GenServer.call(p, :anything)
      catch
        :exit, {{%RuntimeError{message: m}, _}, _} -> {:runtime, m}
      end
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Logger.flush()
    {kind, msg} = r
    IO.inspect(kind)
    IO.puts(msg)
    {:ok, p2} = GenServer.start(Minimal, :s2)
    ref2 = Process.monitor(p2)
    GenServer.cast(p2, :some_cast)
    receive do: ({:DOWN, ^ref2, _, _, {%RuntimeError{message: m}, _}} -> Logger.flush(); IO.puts("cast: " <> m))
    IO.inspect(Minimal.child_spec(:arg))
    IO.inspect(Minimal.code_change(:old, :st, :extra))
  end
end

Main.run()
