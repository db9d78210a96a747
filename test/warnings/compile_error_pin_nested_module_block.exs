defmodule Outer do
  defmodule Inner do
    x = 1
    ^x
  end
end
