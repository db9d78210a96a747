# R14: compile_string of an existing module purges the old version first, killing
# processes still on the version from two definitions ago
defmodule Main do
  def src(v) do
    """
    defmodule Gen do
      def start, do: spawn(fn -> wait() end)
      def wait do
        receive do
          {:v, from} -> send(from, {:v, #{v}}); wait()
        end
      end
    end
    """
  end

  def run do
    Code.compile_string(src(1))
    p1 = Gen.start()
    r1 = Process.monitor(p1)
    Code.compile_string(src(2))
    p2 = Gen.start()
    r2 = Process.monitor(p2)
    IO.inspect({Process.alive?(p1), Process.alive?(p2)}, label: "after v2")
    Code.compile_string(src(3))
    receive do
      {:DOWN, ^r1, :process, _, reason} -> IO.inspect(reason, label: "p1 (v1) died")
    after
      1000 -> IO.puts("p1 survived")
    end
    send(p2, {:v, self()})
    receive do: ({:v, v} -> IO.inspect(v, label: "p2 answers with"))
    IO.inspect(:erlang.check_process_code(p2, Gen), label: "p2 on old")
    Code.compile_string(src(4))
    receive do
      {:DOWN, ^r2, :process, _, reason} -> IO.inspect(reason, label: "p2 (v2) died")
    after
      1000 -> IO.puts("p2 survived")
    end
  end
end

Main.run()
