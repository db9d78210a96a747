# Regenerates part 6 of the Macro.to_string differential corpus with real Elixir 1.14:
#   elixir scripts/regen-to-string-quoted.exs      (from the repository's root)
# Each form of scripts/to-string-corpus-quoted.txt (separated by `#---` lines) is Elixir code
# whose value is a quoted expression as users build them (quote/unquote, Macro.var, Macro.escape,
# hand-built tuples); it is evaluated here and its value written inspected, one a line, to
# test/conformance/macros/to_string_corpus_6.terms. The program to_string_corpus_6.exs prints
# Macro.to_string of each (its golden from regen-goldens). A form whose value 1.14's formatter
# cannot print stops the script: take it out of the forms.
forms =
  "scripts/to-string-corpus-quoted.txt"
  |> File.read!()
  |> String.split(~r/^#---$/m)
  |> Enum.map(fn text -> text |> String.split("\n") |> Enum.reject(&String.starts_with?(&1, "# ")) |> Enum.join("\n") end)
  |> Enum.map(&String.trim/1)
  |> Enum.reject(&(&1 == ""))

quoted =
  Enum.map(forms, fn text ->
    {q, _} = Code.eval_string(text)
    Macro.to_string(q)
    q
  end)

lines = Enum.map(quoted, fn q -> [inspect(q, limit: :infinity, printable_limit: :infinity), "\n"] end)
File.write!("test/conformance/macros/to_string_corpus_6.terms", lines)
IO.puts("#{length(quoted)} expressions")
