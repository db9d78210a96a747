defmodule Checks do
  def run(x) do
    case x do
      _ -> 1
    end and x <> [x]
  end
end
