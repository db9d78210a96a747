# The modules Elixir compiles required files to: each file's top level is
# :elixir_compiler_N.__FILE__/1, N taken from a pool shared with the running script (0) and module
# bodies; a file without a fn gives its N back once it has run. Below the file's frame stand
# Elixir's compiler frames, then Code.require_file/2 (compile_file and compile_string call the
# compiler in their tail), and its funs inspect naming the file.
Code.require_file("required_names_plain_helper.ex", __DIR__)
Code.compile_file("required_names_plain_helper.ex", __DIR__)
Code.require_file("required_names_fn_helper.ex", __DIR__)
Code.compile_string(File.read!(Path.join(__DIR__, "required_names_plain_helper.ex")), "other.exs")
Code.eval_string("defmodule EvalBody do\n {_, st} = Process.info(self(), :current_stacktrace); IO.inspect(Enum.at(st, 1), label: \"eval body\")\nend")

try do
  Code.require_file("required_names_raise_helper.ex", __DIR__)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 8)})
end

Code.compile_file("required_names_raise_helper.ex", __DIR__)
