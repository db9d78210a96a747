# Code.compile_string / eval_string defining modules: the compiler's processes (the checker, and
# each module's) are linked to the caller and end normally, so a caller trapping exits gets their
# :EXIT messages (the last module's first, the checker's last); code defining none sends none
Process.flag(:trap_exit, true)
IO.inspect(spawn(fn -> :ok end), label: "spawned")
Code.compile_string("defmodule Bb do end\ndefmodule Aa do end\ndefmodule Cc do end")
Process.sleep(20)
{:messages, msgs} = Process.info(self(), :messages)
IO.inspect(msgs, label: "after compile_string")
for _ <- msgs, do: receive(do: (_ -> :ok))
Code.eval_string("defmodule Dd do def v, do: 1 end")
Code.eval_string("1 + 1")
Process.sleep(20)
IO.inspect(Process.info(self(), :messages), label: "after eval_string")
for _ <- 1..2, do: receive(do: (_ -> :ok))
# a purge test: the first :EXIT the caller sees after loading is the compiler's
[{Up, _}] = Code.compile_string("defmodule Up do\n def loop, do: receive(do: (:stop -> :ok))\nend")
pid = spawn_link(&Up.loop/0)
Code.compile_string("defmodule Up do\n def loop, do: :new\nend")
:code.purge(Up)
r = receive do
  {:EXIT, from, reason} -> {from == pid, reason}
end
IO.inspect(r, label: "first exit seen")
IO.inspect(spawn(fn -> :ok end), label: "spawned at the end")
