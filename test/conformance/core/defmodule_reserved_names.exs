# the module names Elixir reserves (Nil, True, False, Any, BitString, PID, Reference, Elixir,
# Elixir.Elixir) cannot be defined; others close to them can (Nil.X, Function is a redefinition)
for name <- ~w(Nil True False Any BitString PID Reference Elixir Elixir.Elixir Nil.X Anything) do
  try do
    Code.compile_string("defmodule #{name} do\nend\n")
    IO.puts("#{name}: defined")
  rescue
    e in CompileError -> IO.puts("#{name}: " <> Exception.message(e))
  end
end
