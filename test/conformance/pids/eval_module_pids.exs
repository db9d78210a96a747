# pids after Code.eval_string/eval_quoted: code that defines no module spawns nothing; the first
# module an evaluation defines takes 5 numbers of the compiler's, each other one 4, one nested in
# it 3; the script's own first module still takes its extra one
p = fn label -> IO.inspect(spawn(fn -> :ok end), label: label) end
p.("start")
Code.eval_string("1 + 1")
p.("no module")
Code.eval_quoted(quote(do: Enum.map([1], &(&1 + 1))))
p.("quoted, no module")
Code.eval_string("for n <- [1, 2], do: defmodule(Module.concat(Looped, Integer.to_string(n)), do: nil)")
p.("two modules in a loop")
Code.eval_string("defmodule A1 do end")
p.("one module")
Code.eval_string("defmodule A2 do end")
p.("one more module")
Code.eval_string("defmodule A3 do end; defmodule A4 do end")
p.("two modules")
Code.eval_string("defmodule A5 do defmodule Inner do end end")
p.("nested")
Code.eval_string("defmodule A6 do end; IO.inspect(spawn(fn -> :ok end), label: \"inside after module\")")
p.("after")
Code.eval_quoted(quote do: (defmodule A7 do end))
p.("quoted one module")
Code.eval_quoted(quote do: (defmodule A8 do end; defmodule A9 do end))
p.("quoted two")
defmodule B1 do end
p.("script module")
defmodule B2 do end
p.("script module 2")
Code.eval_string("IO.inspect(spawn(fn -> :ok end), label: \"in eval\")")
p.("end")
