# Code.format_string! keeps a definition's guard on a line of its own when the source put a line
# break next to its `when` (do/end and do: forms), and a type's `::` broken where the source broke it
srcs = [
  ~S'''
  def f(x)
      when is_integer(x) do
    x
  end
  def g(x)
      when is_integer(x),
      do: x
  def h(x)
      when is_integer(x), do: x
  defp k(a, b) when
    a > b do
    a
  end
  def same(x) when is_integer(x), do: x
  ''',
  ~S'''
  @spec foo(a) ::
    b
  @type t ::
    integer | atom
  @spec bar(a) :: b
  '''
]

# (each line after a `|`, so that no line reads as a stack frame)
for s <- srcs do
  s |> Code.format_string!() |> IO.iodata_to_binary() |> String.split("\n") |> Enum.each(&IO.puts("|" <> &1))
  IO.puts("-----")
end
