# definitions a `for` in the module body makes: each clause's variables are checked once per
# clause the body defined, under the name it got (unquote), in the order they were defined
defmodule Gen do
  for n <- [:a, :b] do
    def unquote(n)(w) do
      z = 1
    end

    defp unquote(:"#{n}_helper")(v), do: v
  end

  for {name, value} <- [one: 1, two: 2] do
    def unquote(name)(arg), do: unquote(value)
  end

  def unquote(:"single name")(unused), do: :ok

  def use_helpers, do: {a_helper(1), b_helper(2)}
end
