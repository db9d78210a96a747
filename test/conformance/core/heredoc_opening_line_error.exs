# Text after a heredoc's opening delimiter on its line is reported at the heredoc token's start
# (a sigil's ~), as Elixir 1.14's tokenizer reports it (beamlet gave the column after the quotes)
for code <- [
      "x = \"\"\" )\nabc\n\"\"\"\n",
      "x = ''' )\nabc\n'''\n",
      "x = ~s\"\"\" )\nabc\n\"\"\"\n",
      "x = ~S\"\"\"abc\n\"\"\"\n",
      "foo(\"\"\"x\n\"\"\")\n",
      "\"\"\"  x\n\"\"\"\n",
      "x = [a: \"\"\" )\n\"\"\"]",
      "x = \"\#{\"\"\"  )\n\"\"\"}\"\n"
    ] do
  IO.inspect(Code.string_to_quoted(code))
end
