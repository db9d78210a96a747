# The same, the error in a case clause inside the fn
defmodule Report do
  def section(title, render), do: {title, render}

  def build do
    section("rows", fn row ->
      case row do
        %{} -> <<row::unknown_spec>>
        _ -> :skip
      end
    end)
  end
end
