defmodule A do
  @a 1
  def g(x) do
    :ok
    "str"
    @a
    x
    %Nope{}
  end
end
