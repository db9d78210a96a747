defmodule Format do
  def pad(text), do: text
  def pad(text, width \\ 10), do: String.pad_leading(text, width)

  def label(value), do: "#{value}"
  def label(value \\ "none")

  def price(amount \\ 0), do: amount
  def price(amount), do: amount * 100
  def price(other), do: other
end

IO.puts(Format.pad("x"))
