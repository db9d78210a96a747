# (required by require_file_script_names.exs) a file whose top level makes a fn: its
# :elixir_compiler_N stays in use, and a module body in it takes the next one
f = fn -> Process.info(self(), :current_stacktrace) end
{_, st} = f.()
IO.inspect(Enum.take(st, 3), label: "fn file")
IO.inspect(f)

defmodule RequiredNamesBody do
  {_, st} = Process.info(self(), :current_stacktrace)
  IO.inspect(Enum.at(st, 1), label: "body")
end
