defmodule PathdepBrokenTest do
  use ExUnit.Case
  test "hello", do: assert(PathdepBroken.hello() == :world)
end
