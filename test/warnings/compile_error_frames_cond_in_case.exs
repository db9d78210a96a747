defmodule Grades do
  def grade(score) do
    case score do
      s when is_integer(s) ->
        cond do
        end
      _ -> :invalid
    end
  end
end
