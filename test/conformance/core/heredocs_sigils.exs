name = "world"
IO.puts("""
Hello #{name}!
  Indented by two.
Tab:\tend
Quote: "double" and 'single'
""")
IO.puts(~s(sigil s with "quotes" and #{name}))
IO.puts(~S(raw sigil \n #{name}))
IO.puts(~s"""
heredoc sigil #{1 + 1}
""")
IO.inspect(~c(charlist sigil))
IO.inspect(~w(a b c))
doc = """
    keeps relative
      indentation
    """
IO.inspect(doc)
IO.inspect("""
line one \
continued
""")
IO.inspect('''
charlist heredoc
''')
IO.puts("unicode escape: \u2713 \x41")
IO.inspect("\x{1F600}")
IO.inspect("\s\v\f")
