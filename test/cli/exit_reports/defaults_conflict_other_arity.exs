defmodule Format do
  def pad(text, width \\ 10), do: String.pad_leading(text, width)

  def pad(text, width, char \\ " ") do
    padding = width - String.length(text)
    String.pad_leading(text, width, char)
  end
end
