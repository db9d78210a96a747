# an ExUnit test or setup block is a function body: its aliases and imports end with it; a
# describe block is not a scope (its alias holds in the tests after it)
ExUnit.start(autorun: false, seed: 0)
defmodule T do
  use ExUnit.Case
  setup do
    alias Keyword.Kw
    :ok
  end
  test "one" do
    alias String.Chars
    import List
    assert 1 == 1
  end
  test "two" do
    assert Chars == Chars
    assert Kw == Kw
  end
  describe "d" do
    alias Map.Foo
    test "three", do: assert(Foo)
  end
  test "four", do: assert(Foo)
end
ExUnit.run()
