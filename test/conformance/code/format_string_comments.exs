# Code.format_string! of untidy code and of comments in many places: in bodies, before clauses of
# case/cond/fn, trailing ones (moved above their line), inside a list written over lines, at the end
sources = [
  ~S'''
defmodule   Messy do
  import  Enum , only: [map: 2]
  def foo( a,b ) do
    x=a+b
    y = map [1,2,3], fn(z)-> z*2 end
    IO.puts "x is #{x}"
    if x>10, do: :big, else: :small
  end
  def bar(list) when is_list(list),do: Enum.map(list,&(&1*2))
  def baz(%{a: a, b: b}=m), do: {a,b,m}
  def long_function_name(argument_one, argument_two, argument_three, argument_four, argument_five) do
    some_function_call(argument_one, argument_two) |> another_call(argument_three) |> yet_another(argument_four, argument_five)
  end
  def kw, do: [key_one: "value one", key_two: "value two", key_three: "value three", key_four: "v4"]
  defp p(x), do: x
  def tup, do: {:ok, %{name: "x", tags: ["a", "b"]}, [1, 2, 3]}
  def str, do: "a" <> "b"
  def c(x) do
    case x do
      {:ok, value} when is_integer(value) and value > 100000 -> :large
      {:ok, _} -> :small
      _other -> :error
    end
  end
end
''',
  ~S'''
# Top comment

defmodule Comments do
  @moduledoc """
  Docs here.
  """

  # A constant
  @max 10 # trailing on attribute

  @doc false
  def a(x) do
    # leading comment in body
    y = x + 1 # trailing

    # before return
    y
    # after last expression
  end

  def b(list) do
    Enum.map(list, fn
      # first clause
      {:ok, v} -> v
      # second clause
      _ -> nil
    end)
  end

  def c(x) do
    cond do
      # negative
      x < 0 -> :neg
      true -> :pos # trailing
    end
  end

  def d do
    [
      1, # one
      2
    ]
  end
end
# the end
''',
]
for s <- sources, do: IO.puts(Code.format_string!(s))
