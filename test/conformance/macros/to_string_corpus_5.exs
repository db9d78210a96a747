# Macro.to_string/1 differential corpus, part 5: chosen shapes (scripts/to-string-corpus-forms.txt,
# written by scripts/regen-to-string-forms.exs to to_string_corpus_5.terms, one inspected quoted
# expression a line, without metadata), each printed as real elixir prints it
"to_string_corpus_5.terms"
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
