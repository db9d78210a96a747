# The server replies, then interpolates an integer (String.Chars and its Integer implementation
# load on first use: two code-server trips); the client inspects the atom reply (Inspect, its
# options and Atom implementation: three). The server prints first, as on the BEAM.
defmodule S do
  def loop do
    receive do
      {:call, from} ->
        send(from, :replied)
        r = 0
        IO.puts("server after reply #{r}")
        loop()
    end
  end
end
defmodule Main do
  def run do
    p = spawn(&S.loop/0)
    send(p, {:call, self()})
    receive do x -> IO.inspect(x) after 5000 -> :to end
    Process.sleep(20)
    send(p, {:call, self()})
    receive do x -> IO.inspect(x) end
    Process.sleep(20)
  end
end
Main.run()
