# The same, the error in an if inside the fn: the if's expansion shows, the frames below it not
defmodule Report do
  def section(title, render), do: {title, render}

  def build(flag) do
    section("maybe", fn -> if flag, do: <<(:flagged)::8>> end)
  end
end
