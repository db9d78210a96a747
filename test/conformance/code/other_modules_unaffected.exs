defmodule Main do
  def src(name, v) do
    """
    defmodule #{name} do
      def start, do: spawn(fn -> loop() end)
      def loop, do: receive(do: ({:v, f} -> send(f, {:v, #{v}}); loop()))
    end
    """
  end

  def v(p) do
    send(p, {:v, self()})
    receive do: ({:v, x} -> x)
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src("Alpha", 1))
    Code.compile_string(src("Beta", 100))
    a = Alpha.start()
    b = Beta.start()
    Code.compile_string(src("Alpha", 2))
    IO.inspect(:erlang.check_old_code(Beta), label: "Beta old code")
    IO.inspect(:erlang.check_process_code(b, Alpha), label: "b on old Alpha")
    ra = Process.monitor(a)
    IO.inspect(:code.purge(Alpha), label: "purge Alpha")
    receive do: ({:DOWN, ^ra, _, _, r} -> IO.inspect(r, label: "a"))
    IO.inspect(v(b), label: "b answers")
    IO.inspect(:code.purge(Beta), label: "purge Beta")
    IO.inspect(Process.alive?(b))
  end
end

Main.run()
