# A safe upgrade: soft_purge until nobody runs the old code, then the next version loads
defmodule Main do
  def src(v) do
    """
    defmodule Safe do
      def start, do: spawn(fn -> loop() end)
      def loop do
        receive do
          :upgrade -> Safe.loop()
          {:v, f} -> send(f, {:v, #{v}}); loop()
        end
      end
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    workers = for _ <- 1..3, do: Safe.start()
    Code.compile_string(src(2))
    attempts =
      Enum.reduce_while(workers, 0, fn w, n ->
        ok = :code.soft_purge(Safe)
        IO.puts("attempt #{n + 1}: soft_purge #{ok}")
        send(w, :upgrade)
        {:cont, n + 1}
      end)
    IO.inspect(attempts)
    Process.sleep(20)
    IO.inspect(:code.soft_purge(Safe), label: "final soft_purge")
    Code.compile_string(src(3))
    for w <- workers do
      send(w, {:v, self()})
      receive do: ({:v, v} -> IO.inspect(v))
    end
    IO.inspect(Enum.all?(workers, &Process.alive?/1))
  end
end

Main.run()
