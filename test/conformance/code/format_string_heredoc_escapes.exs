# Code.format_string! writes a heredoc's text as the source did, escapes kept (\t, \n, \\, \#{}),
# in an interpolated heredoc too, and escapes the delimiter where the text holds it unescaped
# (""" is \""", ''' in a charlist heredoc is \''', a sigil heredoc's too)
srcs = [
  ~S'''
  x = """
  a ""b""",1
  Tab:\tend \n \\ \" \#{x}
  c """"
  d \"""e
  """
  ''',
  ~S'''
  y = """
  q #{1} ""b""",1 \t
  """
  ''',
  ~S"""
  z = '''
  a ''', \t
  '''
  """,
  ~S'''
  IO.inspect ~S"""
  a\\
  b\"""
  """
  IO.inspect ~s"""
  b\"""
  c\"
  """
  ''',
  ~S"""
  IO.inspect ~S'''
  d\'''
  '''
  """,
  ~S'''
  def f(name) do
    IO.puts("""
      Hello #{name}!
    Tab:\tend
      #{
    String.upcase(name)} """ done
    """)
  end
  '''
]

# (each line after a `|`, so that no line reads as a stack frame)
for s <- srcs do
  s |> Code.format_string!() |> IO.iodata_to_binary() |> String.split("\n") |> Enum.each(&IO.puts("|" <> &1))
  IO.puts("-----")
end
