# quote location: :keep in Elixir 1.14: code a macro expands into an expression keeps the
# caller's line and file (__ENV__, frames, raised errors); a definition quoted so (use) takes the
# macro's file for its frames, __ENV__.file, __DIR__ and __CALLER__, its code the kept lines, the
# definition itself (its FunctionClauseError) the caller's line; the kept lines replace a macro
# argument's line inside it, its keep entry dropped
Code.require_file("keep_lines_helper.ex", __DIR__)

defmodule KeepUser do
  require KeepLines.Macros


  use KeepLines.Macros

  def expr do
    KeepLines.Macros.expr()
  end

  def raising do

    KeepLines.Macros.raising()
  end
end

IO.inspect(KeepUser.expr())
IO.inspect(KeepUser.where(1))
IO.inspect(KeepUser.later().())

for f <- [&KeepUser.raising/0, fn -> KeepUser.only(:b) end] do
  try do
    f.()
  rescue
    e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)})
  end
end

KeepUser.raising()
