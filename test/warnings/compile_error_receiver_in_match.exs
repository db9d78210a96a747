# the receiver of a remote call in a pattern is expanded first, and refused first
defmodule ReceiverInMatch do
  def f(x) do
    case x do
      {1, %{a: 1}.b.c} -> 1
      String.upcase("a").b -> 2
    end
  end
end
