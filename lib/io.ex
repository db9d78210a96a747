defmodule IO do
  @moduledoc "The language half of IO; the first-order functions (puts, write, inspect ...) are BIFs."

  @doc false
  # IO.puts/IO.write of a struct: the BIF hands over here to use String.Chars
  def __write_struct__(device, term, newline) do
    string = String.Chars.to_string(term)

    case newline do
      true -> IO.puts(device, string)
      false -> IO.write(device, string)
    end
  end
end
