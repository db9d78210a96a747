# R9: a process looping by local recursion stays on the version it started in
defmodule Main do
  def src(v) do
    """
    defmodule Looper do
      def start, do: spawn(fn -> loop() end)
      def loop do
        receive do
          {:which, from} -> send(from, {:version, #{v}}); loop()
        end
      end
      def current, do: #{v}
    end
    """
  end

  def ask(pid) do
    send(pid, {:which, self()})
    receive do: ({:version, v} -> v)
  end

  def run do
    Code.compile_string(src(1))
    p1 = Looper.start()
    IO.inspect(ask(p1), label: "p1 before upgrade")
    Code.compile_string(src(2))
    IO.inspect(Looper.current(), label: "current")
    IO.inspect(ask(p1), label: "p1 after upgrade")
    IO.inspect(ask(p1), label: "p1 still")
    p2 = Looper.start()
    IO.inspect(ask(p2), label: "p2 started after upgrade")
    IO.inspect(:erlang.check_process_code(p1, Looper), label: "p1 runs old code")
    IO.inspect(:erlang.check_process_code(p2, Looper), label: "p2 runs old code")
  end
end

Main.run()
