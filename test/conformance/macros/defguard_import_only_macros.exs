defmodule Guards do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_pos_even(n) when is_even(n) and n > 0
  defguardp is_small(n) when n in 0..9
  defguard is_non_empty_str(s) when is_binary(s) and byte_size(s) > 0

  def small?(n) when is_small(n), do: true
  def small?(_), do: false

  defmacro double(x), do: quote(do: unquote(x) * 2)
  def helper(x), do: x + 1
end

defmodule UsesGuards do
  import Guards, only: :macros

  def classify(n) when is_pos_even(n), do: :pos_even
  def classify(n) when is_even(n), do: :even
  def classify(s) when is_non_empty_str(s), do: :str
  def classify(_), do: :other

  def dbl(x), do: double(x)

  def filter(list), do: Enum.filter(list, fn x -> is_even(x) end)
  def case_it(x) do
    case x do
      n when is_even(n) -> {:even, n}
      n -> {:odd, n}
    end
  end
end

defmodule OnlyFns do
  import Guards, only: :functions
  def h(x), do: helper(x)
end

defmodule Except do
  import Guards, except: [double: 1]
  def t(x), do: is_even(x)
end

IO.inspect(Enum.map([4, -2, 3, "s", ""], &UsesGuards.classify/1))
IO.inspect(UsesGuards.dbl(21))
IO.inspect(UsesGuards.filter(1..10 |> Enum.to_list()))
IO.inspect({UsesGuards.case_it(2), UsesGuards.case_it(3)})
IO.inspect({Guards.small?(3), Guards.small?(30)})
IO.inspect(OnlyFns.h(1))
IO.inspect({Except.t(2), Except.t(3)})
IO.inspect(Guards.__info__(:macros))
IO.inspect(Guards.__info__(:functions))
IO.inspect(macro_exported?(Guards, :is_small, 1))
IO.inspect(macro_exported?(Guards, :is_even, 1))

defmodule Later do
  require Guards
  def run do
    IO.inspect(Guards.is_even(10))
    IO.inspect(Macro.expand(quote(do: Guards.is_even(x)), __ENV__) |> Macro.to_string())
  end
end
Later.run()
