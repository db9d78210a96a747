# An import of a loaded module (ExUnit.Assertions) is used by calling its macros (assert,
# assert_receive with a timeout, refute_receive, only: [assert: 1]); one whose macros are never
# called is unused
defmodule H1 do
  import ExUnit.Assertions
  def a(x), do: assert x
end

defmodule H2 do
  import ExUnit.Assertions
  def a(x), do: assert_receive ^x, 10

  def b(x) do
    refute_receive ^x, 10
    :ok
  end
end

defmodule H3 do
  import ExUnit.Assertions, only: [assert: 1]
  def a(x), do: assert(x)
end

defmodule H4 do
  import ExUnit.Assertions
  def a(x), do: x
end
