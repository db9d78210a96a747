# a keyword's value that is a block of several expressions (`do: (a; b)`) is never on one line: the
# call's keywords break, a pair a line, the block under its key in parentheses of its own
srcs = [
  ~S'''
  def g(a), do: (
    b = a + 1
    b * 2)
  ''',
  ~S'''
  if x, do: (
    a
    b), else: c
  ''',
  ~S'''
  foo(1, key: (
    a
    b))
  ''',
  ~S'''
  defp x, do: (
    a
    b)
  ''',
  ~S'''
  foo a, b, k: (
    x
    y)
  ''',
  ~S'''
  unless ok?, do: (log(); raise "x")
  ''',
  ~S'''
  def short(a), do: (a)
  ''',
  ~S'''
  def h(a),
    do: a + 1
  '''
]

for s <- srcs do
  IO.puts(Code.format_string!(s))
  IO.puts("-----")
end
