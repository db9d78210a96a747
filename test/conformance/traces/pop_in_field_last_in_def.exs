# the same in a fn in a def: the frame below the expansion names the def
defmodule Q do
  def f(d) do
    fn -> pop_in(d[:a].b) end
  end
end
