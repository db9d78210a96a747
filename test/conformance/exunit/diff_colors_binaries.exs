# With colours on, two binaries that differ are diffed as strings whatever they hold, as ExUnit 1.14
# escapes them (Code.Identifier.escape): control characters by their letter, other unprintable
# ones and bytes no UTF-8 makes in hexadecimal, the delimiter, \\ and #{ escaped; bitstrings whole
ExUnit.start(seed: 0, colors: [enabled: true])
defmodule DiffColorsBinariesTest do
  use ExUnit.Case
  test "1", do: assert(<<1, 2, 3>> == <<1, 2, 4>>)
  test "2", do: assert("a\nb\tc" == "a\nb c")
  test "3", do: assert(<<255, 97>> == "a")
  test "4", do: assert("\e[1mbold" == "\e[2mbold")
  test "5", do: assert("quote\"s and \\ and \#{x}" == "quote\"s and / and \#{y}")
  test "6", do: assert(<<1::size(3)>> == <<2::size(3)>>)
  test "7", do: assert('a\'b' == 'a\'c')
  test "8", do: assert("héllo wörld" == "hello world")
  test "9", do: assert("\u200B zero" == " zero")
  test "10", do: assert({"line1\nline2\nline3", 1} == {"line1\nline 2\nline3", 1})
end
