# A test's body is a function's body to Elixir 1.14's type checker (ExUnit's test/2,3 define one)
ExUnit.start(autorun: false)

defmodule BodyTest do
  use ExUnit.Case

  test "a match that cannot hold" do
    {:ok, x} = {:error, 1}
    x
  end

  test "assert's match is its own (a macro's expansion, not followed)" do
    x = 1
    assert {:ok, x} = {:error, x}
    {_} = x
  end

  describe "nested" do
    test "with the context", %{test: t} do
      y = [t]
      {_} = y
    end
  end
end
