# guards that are valid where defined: required macros, Kernel guard macros, other defguards
defmodule GoodGuards do
  require Integer
  defguard is_even_small(x) when Integer.is_even(x) and x in [2, 4]
  defguardp is_thing(x) when is_even_small(x) or (is_map(x) and is_map_key(x, :a)) or is_struct(x, URI)
  defguard is_pair(x, y) when x + y > 1 and not is_nil(y) and rem(x, 2) == 0
  def t(x) when is_thing(x), do: :thing
  def t(_), do: :other
end
require GoodGuards
IO.inspect Enum.map([2, 3, %{a: 1}, %{}, URI.parse("http://x")], &GoodGuards.t/1)
IO.inspect GoodGuards.is_pair(4, 1)
