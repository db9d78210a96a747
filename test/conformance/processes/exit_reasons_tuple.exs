defmodule Main do
  def down(f) do
    {_, ref} = spawn_monitor(f)
    receive do: ({:DOWN, ^ref, :process, _, r} -> r)
  end

  def run do
    IO.inspect(down(fn -> exit({:error, :disk_full, %{path: "/x"}}) end))
    IO.inspect(down(fn -> exit("a string reason") end))
    IO.inspect(down(fn -> exit([1, 2, 3]) end))
    IO.inspect(down(fn -> exit({:shutdown, {:nested, :reason}}) end))
    IO.inspect(down(fn -> exit(:normal) end))
    IO.inspect(down(fn -> Process.exit(self(), {:custom, 42}) end))
    IO.inspect(down(fn -> receive do after 10 -> :timeout_done end end))
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> exit({:linked, :tuple}) end)
    receive do: ({:EXIT, ^pid, r} -> IO.inspect(r, label: "EXIT"))
  end
end

Main.run()
