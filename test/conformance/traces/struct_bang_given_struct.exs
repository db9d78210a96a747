# struct!/2 with a struct as its fields: Enum.reduce finds no Enumerable for it
defmodule Main do
  def run, do: struct!(URI, %URI{host: "a"})
end
Main.run()
