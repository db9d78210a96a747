# Two processes whose first inspect needs the same library modules: the second waits for the
# first's loads (the code server answers it once they are done), so the first prints first.
# A third needs fewer modules (String.Chars for an integer) and one needs none: on the BEAM each
# module not loaded yet is one trip to the code server.
defmodule D do
  def run do
    me = self()
    a = spawn(fn -> receive do :go -> IO.inspect({:a, 1}); send(me, :done) end end)
    b = spawn(fn -> receive do :go -> IO.inspect({:b, 2}); send(me, :done) end end)
    send(a, :go)
    send(b, :go)
    for _ <- 1..2, do: (receive do :done -> :ok end)
    c = spawn(fn -> receive do :go -> IO.inspect(%{c: [3]}); send(me, :done) end end)
    d = spawn(fn -> receive do :go -> IO.puts("d #{4}"); send(me, :done) end end)
    e = spawn(fn -> receive do :go -> IO.puts("e"); send(me, :done) end end)
    send(c, :go)
    send(d, :go)
    send(e, :go)
    for _ <- 1..3, do: (receive do :done -> :ok end)
  end
end
D.run()
