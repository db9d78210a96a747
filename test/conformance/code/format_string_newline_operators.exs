# Code.format_string! keeps the line break of an operator written next to one, before it as well as
# after it: a pipeline whose last |> had a line break stays one stage a line wherever it is (an
# assignment's right side, a call's argument, a list element, a do: value), while one broken only
# before an earlier |> joins up; a `<>`/`++`/`and` starting a line breaks after the operator
srcs = [
  ~S'''
  words =
    text
    |> String.downcase()
    |> String.split()
  ''',
  ~S'''
  x = a
    |> b()
    |> c()
  y = foo |> bar
  ''',
  ~S'''
  foo(a
    |> b()
    |> c())
  ''',
  ~S'''
  [a
    |> b()
    |> c(), d]
  ''',
  ~S'''
  def f(x), do: x
    |> b()
  ''',
  ~S'''
  {:ok, a
    |> b()}
  ''',
  ~S'''
  a
  |> b()
  |> c()
  |> d() == e
  ''',
  ~S'''
  a |>
    b() |> c()
  ''',
  ~S'''
  a
  |> b() |> c()
  ''',
  ~S'''
  s = "a"
    <> "b"
  l = [1]
    ++ [2]
  ok = a
    and b
  foo(a
    <> b)
  [a
    <> b, c]
  ''',
  ~S'''
  result =
    conn
    |> put_status(:ok)
    |> json(%{data: Enum.map(items, fn item -> %{id: item.id, name: item.name} end)})
  '''
]

for s <- srcs do
  IO.puts(Code.format_string!(s))
  IO.puts("-----")
end
