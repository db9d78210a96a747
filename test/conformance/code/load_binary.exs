# R2b: :code.load_binary purges the old version first, never answers not_purged
defmodule Main do
  def src(v), do: "defmodule Lb do\n def v, do: #{v}\n def wait, do: receive(do: (:x -> wait()))\nend"

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    [{Lb, b1}] = Code.compile_string(src(1))
    [{Lb, b2}] = Code.compile_string(src(2))
    [{Lb, b3}] = Code.compile_string(src(3))
    IO.inspect(Lb.v(), label: "after compiling three")
    IO.inspect(:code.load_binary(Lb, 'nofile', b1), label: "load v1")
    IO.inspect(Lb.v())
    p = spawn(&Lb.wait/0)
    ref = Process.monitor(p)
    IO.inspect(:code.load_binary(Lb, 'nofile', b2), label: "load v2")
    IO.inspect(:code.load_binary(Lb, 'nofile', b3), label: "load v3")
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "v1 process"))
    IO.inspect(Lb.v())
    # the BEAM's loader reports for bad binaries are implementation details: silence them
    Logger.configure(level: :none)
    results = [
      garbage: :code.load_binary(Lb, 'nofile', "not a module"),
      truncated: :code.load_binary(Lb, 'nofile', binary_part(b1, 0, 20)),
      wrong_name: :code.load_binary(Other, 'nofile', b1)
    ]
    Process.sleep(1000)
    Logger.flush()
    Logger.configure(level: :debug)
    IO.inspect(results)
    IO.inspect(Lb.v(), label: "still v3")
  end
end

Main.run()
