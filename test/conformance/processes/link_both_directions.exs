defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    parent = self()
    child = spawn(fn ->
      Process.link(parent)
      send(parent, :linked)
      receive do: (:die -> exit(:child_died))
    end)
    receive do: (:linked -> :ok)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(child in links, label: "link visible from parent")
    send(child, :die)
    receive do: ({:EXIT, ^child, r} -> IO.inspect(r, label: "parent got EXIT"))
    {:links, links2} = Process.info(self(), :links)
    IO.inspect(child in links2, label: "link removed after exit")
    p = spawn(fn -> receive do: (:never -> :ok) end)
    IO.inspect(Process.link(p))
    IO.inspect(Process.link(p), label: "link twice")
    IO.inspect(Process.unlink(p))
    IO.inspect(Process.unlink(p), label: "unlink twice")
    dead = spawn(fn -> :ok end)
    Process.sleep(20)
    Process.link(dead)
    receive do
      {:EXIT, ^dead, r} -> IO.inspect(r, label: "link to dead pid (trapping)")
    after
      100 -> IO.puts("no EXIT")
    end
    Process.exit(p, :kill)
  end
end

Main.run()
