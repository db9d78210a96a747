# Macro.to_string of parsed code: a call's arguments go on lines of their own when no two came
# from the same line. Literals have no line: Elixir's normalizer gives them the line of the `->`
# clause, do/end call, map, bitstring or interpolation around them (not an fn's, nor a plain
# call's), and a call without a line the line around it
sources = [
  "fn a ->\n  send(a,\n :x)\nend",
  "fn a ->\n  send(a, :x)\nend",
  "foo(fn a ->\n  send(a,\n :x)\nend)",
  "for x <- [1,\n2] do\n  IO.puts(\"\#{x} \#{f(x, 3)}\")\nend",
  "for x <- [1,\n2] do\n  IO.puts(\"\#{x}\")\n  g(x, 3)\nend",
  "case x do\n  1 ->\n    IO.inspect(y,\n label: \"a\")\nend",
  "receive do\n  x ->\n    send(w, :upgrade)\n    :ok\nend",
  "if a do\n  %{k: f(b, 1)}\nend",
  "if a do\n  <<f(b,\n 1)>>\nend",
  "if a do\n  [f(b,\n 1)]\nend",
  "if a do\n  g(%{k: b}, c)\nend"
]

for s <- sources do
  IO.puts("##")
  # (each line behind "| ": the goldens' masking would take an indented `Mod.f(` line for a frame)
  s |> Code.string_to_quoted!() |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end
