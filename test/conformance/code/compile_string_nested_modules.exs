# Code.compile_string/compile_file of code with top-level expressions return every module the file
# defined (nested ones, those a loop defines), in the order each was finished
IO.inspect(Code.compile_string("defmodule Q1 do\n  defmodule Inner, do: def(x, do: 1)\nend\nIO.puts(:hi)") |> Enum.map(&elem(&1, 0)))
IO.inspect(Code.compile_string("defmodule Q2 do\n  defmodule Inner do\n    def x, do: 1\n  end\nend\n:ok") |> Enum.map(&elem(&1, 0)))
src = """
for n <- 1..3 do
  defmodule Module.concat(Gen, "M\#{n}") do
    def n, do: unquote(n)
  end
end
[{inner, _}] = Code.compile_string("defmodule Gen.Inner, do: nil\\n:ok")
IO.inspect(inner, label: "inner file")
"""
IO.inspect(Code.compile_string(src) |> Enum.map(&elem(&1, 0)))
IO.inspect(Code.compile_string(":no_modules"))
IO.inspect(Gen.M2.n())
