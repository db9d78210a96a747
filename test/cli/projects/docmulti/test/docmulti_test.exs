defmodule DocmultiTest do
  use ExUnit.Case
  doctest Docmulti
end
