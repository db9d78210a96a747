defmodule TextUtilsTest do
  use ExUnit.Case, async: true
  doctest TextUtils

  test "plain test alongside doctests" do
    assert TextUtils.words("x y") == ["x", "y"]
  end
end

defmodule TextUtilsPartialTest do
  use ExUnit.Case
  doctest TextUtils, only: [slugify: 1, words: 1]
end

defmodule TextUtilsExceptTest do
  use ExUnit.Case
  doctest TextUtils, except: [:moduledoc, letter_counts: 1, boom: 0, calm: 0]
end
