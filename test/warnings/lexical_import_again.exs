# importing a module again: what an `only:` list leaves unused is reported by function once the
# module was used, a name once used stays used, and an import replaced before any use is forgotten
defmodule M do
  import String, only: [upcase: 1]
  def a, do: upcase("a")
  import String, only: [downcase: 1]
  import List, only: [first: 1, last: 1]
  def b, do: first([1])
  import Enum, only: [map: 2]
  def c do
    import Enum, only: [count: 1]
    count([])
  end
  import Enum
  import Integer
  def d, do: :d
  import Integer
  alias Foo.Bar
  def e, do: Bar
  alias Foo.Bar
  alias Foo.Baz
  def f, do: :f
  alias Foo.Baz
end
IO.inspect({M.a(), M.b(), M.c(), M.d(), M.e(), M.f()})
