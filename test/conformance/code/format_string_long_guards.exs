# a definition with a guard too long for its line: `when` under the head, the guard broken after
# an operator and laid out after `when ` (the `,` or ` do` after it may pass the width), in the
# do: form as in the do/end form
srcs = [
  ~S'''
  def f(x) when is_integer(x) and x > 0 and x < 100000000 and rem(x, 2) == 0 and x != 42 and is_number(x), do: x
  ''',
  ~S'''
  defp valid?(%{name: name, age: age}) when is_binary(name) and byte_size(name) > 0 and is_integer(age) and age >= 18 and age < 150, do: true
  ''',
  ~S'''
  def classify(value) when is_atom(value) or is_binary(value) or is_number(value) or is_list(value) or is_map(value) or is_tuple(value) or is_pid(value), do: :known
  ''',
  ~S'''
  defmacro guarded(a, b) when is_integer(a) and is_integer(b) and a > b and rem(a, b) == 0, do: quote(do: unquote(a) + unquote(b))
  ''',
  ~S'''
  def classify(value) when is_atom(value) or is_binary(value) or is_number(value) or is_list(value) or is_map(value) or is_tuple(value) or is_pid(value) do
    :known
  end
  ''',
  ~S'''
  defp valid?(%{name: name, age: age}) when is_binary(name) and byte_size(name) > 0 and is_integer(age) and age >= 18 and age < 150 do
    true
  end
  ''',
  ~S'''
  def short(x) when is_integer(x) and x > 0 and x < 100 and rem(x, 2) == 0 and x != 42, do: x
  '''
]

for s <- srcs do
  IO.puts(Code.format_string!(s))
  IO.puts("-----")
end

quoted =
  quote do
    def f(x) when is_integer(x) and x > 0 and x < 100_000_000 and rem(x, 2) == 0 and x != 42 and is_number(x), do: x
  end

IO.puts(Macro.to_string(quoted))
