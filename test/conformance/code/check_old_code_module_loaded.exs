defmodule Main do
  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    IO.inspect(:erlang.module_loaded(Chk), label: "before")
    IO.inspect(:erlang.check_old_code(Chk), label: "old before")
    Code.compile_string("defmodule Chk do\n def a, do: 1\nend")
    IO.inspect(:erlang.module_loaded(Chk), label: "after v1")
    IO.inspect(:erlang.check_old_code(Chk), label: "old after v1")
    Code.compile_string("defmodule Chk do\n def a, do: 2\nend")
    IO.inspect(:erlang.check_old_code(Chk), label: "old after v2")
    IO.inspect(:code.soft_purge(Chk), label: "soft_purge")
    IO.inspect(:erlang.check_old_code(Chk), label: "old after soft_purge")
    IO.inspect(:erlang.module_loaded(Chk), label: "still loaded")
    IO.inspect(:erlang.module_loaded(Enum), label: "Enum loaded")
    IO.inspect(:erlang.module_loaded(:lists), label: ":lists loaded")
    IO.inspect(:erlang.check_old_code(:lists), label: ":lists old")
    IO.inspect(Chk.a())
  end
end

Main.run()
