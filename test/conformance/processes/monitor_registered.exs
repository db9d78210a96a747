defmodule Main do
  def run do
    pid = spawn(fn -> receive do: (:stop -> exit(:stopped)) end)
    Process.register(pid, :watched)
    ref = Process.monitor(:watched)
    send(:watched, :stop)
    receive do
      {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason})
    end
    ref2 = Process.monitor(:never_registered)
    receive do
      {:DOWN, ^ref2, :process, who, reason} -> IO.inspect({who, reason})
    end
    IO.inspect(node())
    r1 = make_ref()
    r2 = make_ref()
    IO.inspect({r1 == r1, r1 == r2, is_reference(r1)})
    m = %{r1 => :one, r2 => :two}
    IO.inspect(m[r2])
    IO.inspect(Process.flag(:trap_exit, true))
    IO.inspect(Process.flag(:trap_exit, true))
    IO.inspect(Process.flag(:trap_exit, false))
  end
end

Main.run()
