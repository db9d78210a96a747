defmodule AlphaTest do
  use ExUnit.Case, async: true

  test "slugs words", do: assert(Testargs.slug("Hello World") == "hello-world")
  test "slugs punctuation", do: assert(Testargs.slug("a, b!") == "a-b-")
end
