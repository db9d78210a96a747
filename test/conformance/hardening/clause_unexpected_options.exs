# case/cond/receive given a block they do not take: the first keyword Elixir does not expect, in
# order, is the CompileError's (a do block without -> clauses before it is reported first)
programs = [
  "case 1 do\n  1 -> :a\nelse\n  :b\nend",
  "case 1 do\n  1 -> :a\nafter\n  :b\nelse\n  :c\nend",
  "case 1, else: 1, do: (1 -> 2)",
  "case 1 do\nafter\n  :b\nend",
  "cond do\n  true -> :a\nelse\n  :b\nend",
  "cond do\n  true -> :a\ncatch\n  _ -> :b\nend",
  "receive do\n  1 -> :a\nelse\n  :b\nafter\n  0 -> :c\nend",
  "receive do\n  1 -> :a\nafter\n  0 -> :c\nrescue\n  _ -> :d\nend",
  "receive do\nafter\n  0 -> :ok\nend",
  "defmodule CaseOpt do\n  def f(x) do\n    case x do\n      1 -> :a\n    rescue\n      _ -> :b\n    end\n  end\nend"
]

for code <- programs do
  try do
    IO.inspect(Code.eval_string(code, [], file: "opts.exs"), label: "ok")
  rescue
    e in CompileError -> IO.puts("CompileError: " <> Exception.message(e))
  end
end
