defmodule Door do
  defmacro knock(x) do
    quote do
      String.upcase([{1, __CALLER__}]) = unquote(x)
    end
  end
end
defmodule Room do
  require Door
  def enter(v), do: Door.knock(v)
end
