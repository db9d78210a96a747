# a line break in a test's name shows as a space in the --trace and slowest lines (not in the
# failure's header); a carriage return stays
ExUnit.start(seed: 0, slowest: 1)

defmodule NamesTest do
  use ExUnit.Case
  test "with \"quotes\" and 'single'", do: assert(false)

  test "with\nnewline\r\nand crlf" do
    Process.sleep(100)
    assert false
  end

  test "with\ttab and émoji 🎉", do: assert(true)
  test String.duplicate("long name ", 12), do: assert(true)

  describe "desc with / slash" do
    test "a:b::c", do: assert(1 == 2)
  end

  test "", do: assert(true)
end
