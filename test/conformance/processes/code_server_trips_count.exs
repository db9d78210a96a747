# A server replies, then formats a line with interpolations, each of whose String.Chars
# implementations is loaded on first use; the client inspects the reply, loading Inspect's
# modules. Who prints first depends on how many modules each loads: one code-server trip each.
defmodule S do
  def loop do
    receive do
      {:call, from, i, a} ->
        send(from, :replied)
        IO.puts("server #{i} #{a}")
        loop()
    end
  end
end

defmodule Main do
  def run do
    p = spawn(&S.loop/0)
    send(p, {:call, self(), 1, :b})
    receive do x -> IO.inspect(x) end
    Process.sleep(20)
    send(p, {:call, self(), 2, :c})
    receive do x -> IO.inspect([x, x]) end
    Process.sleep(20)
  end
end
Main.run()
