# R5: soft_purge refuses (false) while a process runs old code
defmodule Main do
  def src(v) do
    """
    defmodule Soft do
      def start, do: spawn(fn -> loop() end)
      def loop do
        receive do
          :upgrade -> Soft.loop()
          :stop -> :ok
          {:v, from} -> send(from, #{v}); loop()
        end
      end
    end
    """
  end

  def run do
    Code.compile_string(src(1))
    a = Soft.start()
    b = Soft.start()
    Code.compile_string(src(2))
    IO.inspect(:code.soft_purge(Soft), label: "two on old code")
    IO.inspect(:erlang.check_old_code(Soft))
    send(a, :upgrade)
    send(a, {:v, self()})
    receive do: (v -> IO.inspect(v, label: "a now runs"))
    IO.inspect(:code.soft_purge(Soft), label: "b still on old code")
    ref = Process.monitor(b)
    send(b, :stop)
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "b stopped"))
    IO.inspect(:code.soft_purge(Soft), label: "nobody on old code")
    IO.inspect(:erlang.check_old_code(Soft), label: "old code left")
    IO.inspect(:code.soft_purge(Soft), label: "again")
    IO.inspect(:code.soft_purge(NoSuchModuleAtAll), label: "unknown module")
    IO.inspect(Process.alive?(a))
  end
end

Main.run()
