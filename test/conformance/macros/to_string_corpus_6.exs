# Macro.to_string/1 differential corpus, part 6: quoted code as users build it (scripts/to-string-corpus-quoted.txt,
# written by scripts/regen-to-string-quoted.exs to to_string_corpus_6.terms, one inspected quoted
# expression a line, with the metadata quote gives), each printed as real elixir prints it
"to_string_corpus_6.terms"
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
