# Code.format_string!: shapes found formatting real files (lib/, test/conformance/) that beamlet
# laid out otherwise: a comment written before the line a block opens on (`x =\n # c\n case`)
# goes before the item holding it; a call without parentheses that takes them as an element
# (`{for(...), x}`) breaks as a call with parentheses; a call with a generator does not let its
# last keywords pass the width; a call whose last argument is a list may end past the width by
# its `)` and a comma; a block in parentheses keeps its blank lines and comments
fmt = fn src -> IO.puts(Code.format_string!(src)) ; IO.puts("--") end

fmt.("""
defmodule M do
  defp header(env) do
    where =
      # as a stacktrace entry names it
      case env do
        %{function: {name, arity}} -> Exception.format_mfa(env.module, name, arity)
        %{module: nil} -> "(file)"
      end
    b =
      # before a call
      foo(1)
    c = bar(
      # an argument's
      case env do
        1 -> 2
      end)
    d = case env do
      # a clause's
      1 -> 2
    end
    {where, b, c, d}
  end
end
""")

fmt.("""
x = {(for _ <- [1], do: 1), 2}
x = {(for _ <- [1], do: (alias H.I; __ENV__.aliases)), __ENV__.aliases}
x = {(with _ <- 1, do: (alias W.V; __ENV__.aliases)), __ENV__.aliases}
x = {(if (alias I1.I2; true), do: __ENV__.aliases), __ENV__.aliases}
x = [(for _ <- [1], do: (alias H.I; __ENV__.aliases)), __ENV__.aliases]
x = foo((for _ <- [1], do: (alias H.I; __ENV__.aliases)), __ENV__.aliases)
""")

fmt.("""
def f do
  def g do
    big = %Tree{value: :root, children: for(i <- 1..6, do: %Tree{value: String.duplicate("n", i * 3), children: [%Tree{value: i}]})}
    big = %Tree{value: :root, children: foo(i, 1..6, do: %Tree{value: String.duplicate("nn", i * 3), children: [%Tree{value: i}]})}
    big = %Tree{value: :root, children: fo(i, 1..6, do: [%Tree{value: String.duplicate("nnnn", i * 3), children: [%Tree{value: i}]}])}
    big = %Tree{value: :root, children: fo(i <- 1..6, do: [%Tree{value: String.duplicate("nn", i * 3), children: [%Tree{value: i}]}])}
  end
end
""")

fmt.("""
def f do
  def g do
    IO.puts(A.format(A.concat(["a", A.line(), A.line(), A.line(), A.collapse_lines(2), A.line(), A.line(), "b"]), 80))
    IO.puts(A.format(A.concat(["a", A.line(), A.line(), A.line(), A.collapse_lines(2), A.line(), A.line(), "bc"]), 80))
    IO.puts(A.format(A.concat(["a", A.line(), A.line(), A.line(), A.collapse_lines(2), A.line(), A.line(), "bcd"]), 80))
  end
end
""")

fmt.("""
assert (
  x = 1

  x == 2
)
y = (
  # first
  x = 1

  # then
  x == 2
)
foo((
  x = 1

  x == 2
), 1)
""")
