defmodule DocvaluesTest do
  use ExUnit.Case, async: true
  doctest Docvalues
  doctest Docvalues.Box

  test "plain" do
    assert Docvalues.add(1, 1) == 2
  end
end

defmodule DocvaluesFencedTest do
  use ExUnit.Case
  doctest Docvalues.Fenced
end
