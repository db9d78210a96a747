# %S{} inside module S: a def written before S's defstruct cannot expand it (CompileError), one
# after it can, in an expression, a pattern, a fn and an update
sources = [
  "defmodule A1 do\n  def f, do: %A1{}\n  defstruct [:a]\nend",
  "defmodule A2 do\n  def g(%A2{a: a}), do: a\n  defstruct [:a]\nend",
  "defmodule A3 do\n  def h, do: fn -> %A3{a: 2} end\n  defstruct [:a]\nend",
  "defmodule A4 do\n  def k(x), do: %A4{x | a: 1}\nend",
  "defmodule A5 do\n  defstruct [:a]\n  def f, do: %A5{a: 1}\n  def g(%A5{a: a}), do: a\n  def h, do: fn -> %A5{a: 2} end\nend",
  "defmodule A6 do\n  def f, do: 1\n  defstruct [:a]\n  def g, do: %A6{}\nend",
  "defmodule A7 do\n  defp p(%A7{} = s), do: s\n  def q, do: p(1)\n  defexception [:message]\nend"
]

for src <- sources do
  try do
    [{mod, _}] = Code.compile_string(src)
    IO.inspect({:compiled, mod})
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
IO.inspect(A5.f())
IO.inspect(A5.h().())
IO.inspect(A6.g())
