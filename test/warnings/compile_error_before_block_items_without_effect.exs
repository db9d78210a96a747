defmodule A do
  @a 2
  def f(x) do
    x
    @a
    :ok
  end
  def g(x) do
    %Nope{}
    x
    @a
    :ok
  end
end
