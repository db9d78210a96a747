defmodule Clean do
  alias String, as: S
  import Enum, only: [sum: 1]
  @base 10
  def run(list), do: S.upcase("#{sum(list) + @base}")
  defp unused_but_called(x), do: x
  def call(x), do: unused_but_called(x)
end
IO.puts(Clean.run([1, 2]))
