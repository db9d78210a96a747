# open_port({:fd, 0, 1}, ...): what it is sent goes to standard output, and standard input (the
# console's) is at its end at once; exit/2 of a port closes it, :normal too, whoever sends it
defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    cat = Port.open({:spawn, "cat"}, [])
    IO.inspect(Process.exit(cat, :normal))
    receive do {:EXIT, ^cat, r} -> IO.inspect(r, label: "normal from owner") after 5000 -> IO.puts("none") end

    cat = Port.open({:spawn, "cat"}, [])
    me = self()
    spawn(fn -> send(me, {:other, Process.exit(cat, :normal)}) end)
    receive do {:other, r} -> IO.inspect(r, label: "normal from another") end
    IO.inspect(Port.info(cat) != nil, label: "still open")
    IO.inspect(Process.exit(cat, :kill))
    receive do {:EXIT, ^cat, r} -> IO.inspect(r, label: "kill") after 5000 -> IO.puts("none") end

    IO.inspect(try do Port.command(:x, "a") rescue e -> Exception.message(e) end)
    cat = Port.open({:spawn, "cat"}, [])
    IO.inspect(try do Port.command(cat, "a", [:bad]) rescue e -> Exception.message(e) end)
    IO.inspect(try do Port.open({:fd, -1, 1}, []) rescue e -> Exception.message(e) end)
    IO.inspect(try do Port.open({:fd, :a, 1}, []) rescue e -> Exception.message(e) end)
    # (the fd port writes beside standard output's io server: its own results go through it)
    port = Port.open({:fd, 0, 1}, [:binary, :eof])
    out = fn t -> Port.command(port, inspect(t) <> "\n") end
    send(port, {self(), {:command, "written by the port\n"}})
    out.(Port.command(port, ["iodata ", ?x, "\n"]))
    receive do
      {^port, :eof} -> out.(:eof)
    after
      5000 -> out.(:no_eof)
    end
    out.(Keyword.take(Port.info(port), [:name, :input, :output, :os_pid]))
    Port.close(port)
  end
end

Main.run()
