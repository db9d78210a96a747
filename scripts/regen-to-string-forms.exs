# Regenerates part 5 of the Macro.to_string differential corpus with real Elixir 1.14:
#   elixir scripts/regen-to-string-forms.exs      (from the repository's root)
# Parts 1-4 (scripts/regen-to-string-corpus.exs) come from the calls the conformance programs
# happen to make; part 5 covers chosen shapes (long calls that break, fn clauses, case/cond/with/
# receive/try blocks, long pipes, attributes, defmodule bodies, sigils, charlists, operators,
# captures, access) written in scripts/to-string-corpus-forms.txt, separated by `#---` lines.
# Each is parsed, its metadata dropped (as `quote` gives none of the parser's lines), and written
# inspected, one a line, to test/conformance/macros/to_string_corpus_5.terms; the program
# to_string_corpus_5.exs prints Macro.to_string of each (its golden from regen-goldens).
strip = fn q -> Macro.prewalk(q, fn {a, m, b} when is_list(m) -> {a, [], b}; x -> x end) end

forms =
  "scripts/to-string-corpus-forms.txt"
  |> File.read!()
  |> String.split(~r/^#---$/m)
  |> Enum.map(&String.trim/1)
  |> Enum.map(fn text -> text |> String.split("\n") |> Enum.reject(&String.starts_with?(&1, "# ")) |> Enum.join("\n") end)
  |> Enum.reject(&(&1 == ""))
  |> Enum.map(&(&1 |> Code.string_to_quoted!() |> strip.()))

lines = Enum.map(forms, fn q -> [inspect(q, limit: :infinity, printable_limit: :infinity), "\n"] end)
File.write!("test/conformance/macros/to_string_corpus_5.terms", lines)
IO.puts("#{length(forms)} expressions")
