defmodule DocsTest do
  use ExUnit.Case, async: true
  doctest Docs
  doctest Docs.Other, import: true, except: [:moduledoc]
end

defmodule DocsOnlyTest do
  use ExUnit.Case
  doctest Docs, only: [words: 1, set: 1]
end
