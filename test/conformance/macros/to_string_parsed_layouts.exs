# Macro.to_string of parsed code: a keyword list as a keyword's value opens on the key's line
# (`config: [`); a tuple's elements from different lines are not forced onto lines of their own
# (only filled); a call without parentheses whose keywords came from another line than its
# arguments puts them a pair a line, indented by two; an fn clause's long guard goes under its
# patterns
sources = [
  "def f do\n  %{config: [autorun: true, exclude: [], include: [], max_cases: System.schedulers_online() * 2, max_failures: :infinity, seed: :rand.uniform(1_000_000) - 1]}\nend",
  "foo(a, opts: [autorun: true, exclude: [], include: [], max_cases: System.schedulers_online() * 2, max_failures: :infinity])",
  "def slice(range) do\n  {:ok, Date.Range.size(range), fn start, amount, s -> slice_days(range, first + start * step, step * s, amount, []) end}\nend",
  "def slice(%Date.Range{first_in_iso_days: first, step: step} = range) do\n  {:ok, Date.Range.size(range),\n   fn start, amount, s -> slice_days(range, first + start * step, step * s, amount, []) end}\nend",
  "{:ok, Date.Range.size(range),\n   fn start, amount, s -> slice_days(range, first + start * step, step * s, amount, []) end}",
  "{:a,\n b}",
  "quote do\n  import ExUnit.Case, only: [test: 1, test: 2, test: 3, describe: 2]\nend",
  "quote do\n  x\n  use GenServer, restart: :transient, shutdown: 10_000\nend",
  # (a clause of several patterns with a guard too long: the guard under them, after `when `)
  "Macro.prewalk(ast, false, fn\n  {name, _, nil} = var, acc when is_atom(name) and name not in [:__MODULE__, :__ENV__, :__DIR__, :__CALLER__, :__STACKTRACE__] ->\n    {var, acc}\n  other, acc -> {other, acc}\nend)",
  "fn a, b when is_atom(a) and a not in [:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, :bbbbbbbbbbbbbbbbbbbbbbbbbbbbb, :ccccccccccccccccc] -> 1; c, d -> 2 end",
  # (a call the formatter writes without parentheses, of several arguments, as a sole argument
  # or an operand on the right: without them; among several arguments: with them)
  "foo(if(a, b))",
  "def if(a, b)",
  "raise if(a, b)",
  "foo bar, if(a, b)",
  "def assert_in_delta(left, right, delta, message \\\\ nil)",
  "x = if(a, b)",
  "if(a, b) = x",
  "defmacro quote(opts, block)"
]

for s <- sources do
  IO.puts("##")
  # (each line behind "| ": the goldens' masking would take an indented `Mod.f(` line for a frame)
  s |> Code.string_to_quoted!() |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end
