# Macro.to_string of parsed code holding heredoc sigils (~S"""): their lines indented with what
# holds them, the expression apart by blank lines in its block (but under a module attribute),
# and the heredoc opening on the line before it after `=`, `==`, a call's `(`, a keyword's key
# or an attribute ("next break fits"); elsewhere (a list, an operand) the enclosing code breaks
sources = [
  ~s'def f do\n  x = ~S"""\n  abc\n\n    def\n  """\n  y\nend',
  ~s'IO.inspect(~S"""\nraw\n""")',
  ~s'foo(a, ~S"""\nraw\n""")',
  ~s'foo(a, b: ~S"""\nraw\n""")',
  ~s'defmodule M do\n  @moduledoc ~S"""\n  Hello\n  """\n  @doc ~S"""\n  Hi\n  """\n  def f, do: 1\nend',
  ~s'[~S"""\nx\n""", 1]',
  ~s'{:a, ~S"""\nx\n"""}',
  ~s'assert x == ~S"""\nx\n"""',
  ~s'f(~S"""\nx\n""" <> y)',
  ~s'IO.puts(~s"""\na \#{b}\n""")',
  ~s'a\nfoo(~S"""\nx\n""", 2)\nb',
  ~s'a\nIO.inspect(~s(x\ny))\nb',
  ~s(x = ~w"""\none two\n"""a\ny = 1)
]

for s <- sources do
  IO.puts("##")
  # (each line behind "| ": the goldens' masking would take an indented `Mod.f(` line for a frame)
  s |> Code.string_to_quoted!() |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end
