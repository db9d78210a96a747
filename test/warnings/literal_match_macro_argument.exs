# A match in a macro's arguments is the macro's to expand (ExUnit's assert turns it into a case),
# so only the matches that stay matches are reported: a statement's and a clause body's.
ExUnit.start(autorun: false)

defmodule LiteralMatchInMacroTest do
  use ExUnit.Case

  test "assert of a literal that does not match" do
    assert [_] = [1, 2]
  end

  def statement(y) do
    [z] = [y, 2]
    z
  end

  def clause_body(v) do
    case v do
      1 -> [_, _] = [1, 2, 3]
      _ -> :none
    end
  end
end
