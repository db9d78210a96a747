defmodule Grades do
  def grade(score) do
    if score > 0, do: (cond do end), else: :none
  end
end
