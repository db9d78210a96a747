# a nested defmodule starts from the aliases in force where it is written; defmodule Foo.Bar
# inside Foo aliases Bar from there on
defmodule Outer do
  alias Some.One
  defmodule Inner do
    def aliases, do: __ENV__.aliases
  end
  alias Some.Two
  def first, do: __ENV__.aliases
  defmodule Deep.Er do
    def aliases, do: __ENV__.aliases
  end
  def second, do: {Deep, Deep.Er.aliases(), __ENV__.aliases}
  def third do
    alias Other.Three
    __ENV__.aliases
  end
end
IO.inspect(Outer.Inner.aliases())
IO.inspect(Outer.first())
IO.inspect(Outer.second())
IO.inspect(Outer.third())
