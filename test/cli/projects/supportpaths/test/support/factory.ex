defmodule Sp.Factory do
  def build(:user), do: %{name: "ann", age: 3}
  def build(:user, attrs), do: Map.merge(build(:user), Map.new(attrs))
end
