defmodule MathyOnlyTest do
  use ExUnit.Case
  doctest Mathy, only: [add: 2, stats: 1]
  doctest Mathy, except: [:moduledoc, add: 2, double: 1, set: 1, helper: 0], tags: [extra: true]
end
