# two modules importing f/1 make a call ambiguous only where both imports are in force
defmodule A do
  def f(x), do: {:a, x}
end
defmodule B do
  def f(x), do: {:b, x}
end
defmodule M do
  def one do
    import A
    f(1)
  end
  def two do
    import B
    f(2)
  end
  def three do
    import A
    if true do
      import B, only: []
      f(3)
    end
  end
  def four do
    import A
    import B
    f(4)
  end
end
