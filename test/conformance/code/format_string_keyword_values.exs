# Code.format_string!: keywords after other arguments whose value spans lines (a call holding a
# multi-clause fn, an fn, a heredoc, a map opened on its own lines) break from them, a pair a line,
# the value under its key unless it opens there (fn, list, map); an fn called in parentheses lines
# its body up inside them. A first argument too long for its line with its comma (if COND, do: ...)
# is laid out after the name, the keywords lined up under it
srcs = [
  ~S'''
  def g do
    if match?({:module, _}, Code.ensure_loaded(module)) and function_exported?(module, :module_info, 1),
      do: module.module_info(:exports),
      else: []
    if match?({:module, _}, Code.ensure_loaded(module)) and function_exported?(module, :module_inf, 1), do: module.module_info(:exports), else: []
    if String.starts_with?(Atom.to_string(name), "_") or name in [:__MODULE__, :__ENV__, :__DIR__],
      do: {var, acc},
      else: {var, [{name, meta, context} | acc]}
  end
  ''',
  ~S'''
  def unfold(list), do: Enum.map(list, fn a when is_atom(a) -> {a, true}; p -> p end)
  ''',
  ~S'''
  def c, do: (fn ->
    alias Fn.Z
    Mac.env()
  end).()
  ''',
  ~S'''
  for _ <- 1..4, do: spawn(fn ->
    Process.monitor(Enum.at(ps, 6))
    send(me, :ok)
  end)
  ''',
  ~S'''
  x = quote(do: (fn x, y ->
    z = x + y
    z * 2
  end))
  ''',
  ~S'''
  File.cp_r(a, b,
    on_conflict: fn s, d ->
      IO.puts("conflict #{s} #{d}")
      false
    end
  )
  ''',
  ~S'''
  def bind2(a, b), do: quote(bind_quoted: [a: a, b: b], do: (
    c = a + b
    c
  ))
  ''',
  ~S'''
  if x, do: [
    1,
    2
  ], else: 3
  def f(x), do: %{
    a: 1
  }
  ''',
  ~S'''
  def f(x), do: fn y ->
    a
    b
  end
  def g(x), do: fn
    1 -> 2
    3 -> 4
  end
  def i(x), do: [1,
    2]
  def j(x), do: %{a: 1, b: fn x -> x end}
  ''',
  ~S'''
  def h(x), do: """
  text
  """
  ''',
  ~S'''
  x = (fn ->
    a
    b
  end).()
  foo(1, do: %{
    a: 1
  })
  '''
]

# (each line after a `|`: indented calls would read as stack frames, which the goldens mask)
for s <- srcs do
  s |> Code.format_string!() |> IO.iodata_to_binary() |> String.split("\n") |> Enum.each(&IO.puts("|" <> &1))
  IO.puts("-----")
end
