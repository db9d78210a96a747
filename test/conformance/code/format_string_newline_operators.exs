# Code.format_string! keeps the line break of an operator written next to one, before it as well as
# after it: a pipeline whose last |> had a line break stays one stage a line wherever it is (an
# assignment's right side, a call's argument, a list element, a do: value), while one broken only
# before an earlier |> joins up; a `<>`/`++`/`and` starting a line breaks after the operator. In a
# call too long for its line, a pipeline among the arguments stays on one line when it fits there;
# a sole pipeline argument breaks with the parentheses
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
  Order.show("MapSet.filter", MapSet.new(Map.keys(m)) |> MapSet.filter(fn _ -> true end) |> MapSet.to_list())
  Order.show("MapSet.filter", MapSet.new(Map.keys(m)) |> MapSet.filter(fn _ -> true end) |> MapSet.to_list(), 1)
  IO.inspect(Task.async_stream(1..3, &(&1 * &1)) |> Stream.map(fn {:ok, v} -> v end) |> Enum.sum())
  ''',
  ~S'''
  result =
    conn
    |> put_status(:ok)
    |> json(%{data: Enum.map(items, fn item -> %{id: item.id, name: item.name} end)})
  '''
]

# (each line after a `|`, so that no line reads as a stack frame)
for s <- srcs do
  s |> Code.format_string!() |> IO.iodata_to_binary() |> String.split("\n") |> Enum.each(&IO.puts("|" <> &1))
  IO.puts("-----")
end
