# alias and import hold to the end of their scope: one made inside a def, an if block or a fn and
# not used there is unused, whatever the code after the scope names
defmodule M do
  def a do
    alias String.Chars
    :ok
  end
  def b, do: Chars
  def c do
    import List
    :ok
  end
  def d do
    if true do
      alias Map.Foo
      import Integer
      :x
    end
    Foo
  end
  def e do
    fn ->
      alias Keyword.Kw
      import Tuple
      :ok
    end
  end
  def f, do: Kw
  def g(x) do
    case x do
      1 ->
        alias Date.Range
        import Bitwise
        Range
      _ -> :other
    end
  end
  def h do
    alias X.Y
    if true do
      alias Z.Y
      :ok
    end
    Y
  end
end
IO.inspect({M.a(), M.b(), M.c(), M.d(), M.f(), M.g(1), M.h()})
