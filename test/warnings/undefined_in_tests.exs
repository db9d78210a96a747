# The functions ExUnit's test/2 and `def unquote(name)` define are named in the warnings of the
# calls they make (M."test NAME"/1, with the describe block's name), and a script that starts
# ExUnit prints the file's warnings before its tests run
ExUnit.start(seed: 0)

defmodule Parser do
  def parse(x), do: x
end

defmodule ParserTest do
  use ExUnit.Case

  test "plain" do
    Parser.nope(1)
  end

  describe "parse/1" do
    test "undefined" do
      Parser.nope(2)
    end

    test "with context", _ctx do
      Parser.parse(1, 2)
    end
  end

  def unquote(:"helper name")(x), do: Parser.other(x)
end
