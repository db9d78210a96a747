# doctest's :only and :except, as Elixir 1.14 filters and numbers them
defmodule OnlyTest do
  use ExUnit.Case
  doctest Textkit, only: [truncate: 2, pad: 1]
end

defmodule ExceptTest do
  use ExUnit.Case
  doctest Textkit, except: [:moduledoc, words: 1, count: 1, slug: 1], import: true
end

defmodule OnlyNoneTest do
  use ExUnit.Case
  doctest Textkit, only: []
  test "no doctests", do: :ok
end

defmodule OnlyModuledocTest do
  use ExUnit.Case
  doctest Textkit, only: [:moduledoc, words: 1]
end
