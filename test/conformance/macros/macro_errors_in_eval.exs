defmodule Checks do
  defmacro must_be_atom(x) do
    unless is_atom(x) do
      raise ArgumentError, "expected an atom literal, got: #{Macro.to_string(x)}"
    end
    quote do: unquote(x)
  end

  defmacro compile_err(x) do
    raise CompileError, description: "nope #{inspect(x)}", file: __CALLER__.file, line: __CALLER__.line
  end
end

attempt = fn code ->
  try do
    Code.eval_string(code, [], file: "snippet.exs")
    IO.puts("no error")
  rescue
    e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
  end
end

attempt.("require Checks; Checks.must_be_atom(:ok)")
attempt.("require Checks; Checks.must_be_atom(1 + 2)")
attempt.("require Checks; Checks.compile_err(:x)")
attempt.("Checks.must_be_atom(:ok)")
attempt.("defmodule E1 do\n  def f, do: undefined_macro_thing(1)\nend")
attempt.("unquote(1)")
attempt.("require NoSuchModuleHere")
attempt.("defmodule E2 do\n  use NoSuchUsing\nend")
attempt.("import Checks, only: [nope: 1]")
attempt.("defmodule E3 do\n  defmacro m, do: 1\n  def f, do: m()\n  defmacro m2, do: 2\nend; E3.f()")
attempt.("defmodule E4 do\n  def f, do: m()\n  defmacro m, do: 1\nend")
