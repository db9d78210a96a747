# R2b: load_binary purges first, killing processes on the old version
defmodule Main do
  def src(v), do: "defmodule Lbk do\n def loop, do: receive(do: ({:v, f} -> send(f, #{v}); loop()))\nend"

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    [{Lbk, b1}] = Code.compile_string(src(1))
    [{Lbk, b2}] = Code.compile_string(src(2))
    [{Lbk, b3}] = Code.compile_string(src(3))
    {:module, Lbk} = :code.load_binary(Lbk, 'nofile', b1)
    p1 = spawn(&Lbk.loop/0)
    {:module, Lbk} = :code.load_binary(Lbk, 'nofile', b2)
    p2 = spawn(&Lbk.loop/0)
    IO.inspect(:erlang.check_process_code(p1, Lbk), label: "p1 on old")
    r1 = Process.monitor(p1)
    IO.inspect(:code.load_binary(Lbk, 'nofile', b3), label: "load v3")
    receive do: ({:DOWN, ^r1, _, _, r} -> IO.inspect(r, label: "p1"))
    send(p2, {:v, self()})
    receive do: (v -> IO.inspect(v, label: "p2 still on v2"))
    IO.inspect(:erlang.check_process_code(p2, Lbk), label: "p2 on old")
  end
end

Main.run()
