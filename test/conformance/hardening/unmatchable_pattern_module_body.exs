# a binary pattern OTP's compiler refuses (a nested unsized bits segment) in a module body: the
# body is :elixir_compiler_N's '__MODULE__'/1, which the CompileError names
IO.puts("top level")
defmodule M do
  "a" <> <<y::4, z::bits>> = "a" <> <<1::4, 2::4>>
  IO.inspect({y, z})
  def f, do: 1
end
IO.puts("after")
