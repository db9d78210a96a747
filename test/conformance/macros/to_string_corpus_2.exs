# Macro.to_string/1 differential corpus, part 2 of 4: quoted calls taken from the conformance
# programs and parser fixtures (scripts/regen-to-string-corpus.exs writes to_string_corpus_2.terms,
# one inspected quoted expression a line), each printed as real elixir prints it
"to_string_corpus_2.terms"
|> File.read!()
|> String.split("\n", trim: true)
|> Enum.with_index(1)
|> Enum.each(fn {line, i} ->
  {quoted, []} = Code.eval_string(line)
  IO.puts("## #{i}")
  # (each line behind "| ": the goldens' masking would take an indented `Mod.f(` line for a
  # stack frame)
  quoted |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end)
