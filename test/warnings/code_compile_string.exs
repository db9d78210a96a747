# Code.compile_string / eval_string print the compiler warnings of the code they compile, as elixir does
Code.compile_string("""
defmodule W1 do
  def f(x) do
    y = 1
    :ok
  end
  defp g, do: 1
end
""")
IO.puts "after compile_string"
Code.eval_string("""
a = 1
b = 2
a
""")
IO.puts "after eval_string"
Code.eval_string("defmodule W2 do\n  def h(z), do: 1\nend")
Code.compile_string("x = 5\n:ok", "my_file.ex")
Code.eval_quoted(quote do: (fn u -> 1 end))
Code.eval_string("f = fn x -> 1 end\nf.(2)")
Code.eval_string("case 1 do\n  y -> :ok\nend")
Code.compile_string("""
defmodule W3 do
  alias String.Chars
  import List
  def f, do: Enum.nope(1)
end
""")
Code.compile_string("defmodule W3 do\nend")
{_, _} = Code.eval_string("a = 1\nb = 2\ndefmodule W4 do\n  def g(q), do: 1\nend\nIO.puts :evaluated")
Code.compile_string("defmodule W5 do\n  def h(r), do: 1\nend\nIO.puts :top\ndefmodule W6 do\n  def k(s), do: 2\nend")
IO.puts "end"
