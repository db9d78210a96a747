IO.inspect(String.to_char_list("héllo"))
IO.inspect(String.strip("  padded  "))
IO.inspect(String.strip("xxaxx", ?x))
IO.inspect(String.lstrip("  left"))
IO.inspect(String.lstrip("--left", ?-))
IO.inspect(String.rstrip("right  "))
IO.inspect(String.rstrip("right!!", ?!))
IO.inspect(String.ljust("ab", 5))
IO.inspect(String.ljust("ab", 5, ?.))
IO.inspect(String.rjust("ab", 5))
IO.inspect(String.rjust("42", 6, ?0))
IO.inspect(String.rjust("abc", 2))
IO.inspect(String.valid_character?("a"))
IO.inspect(String.valid_character?("ab"))
IO.inspect(String.next_grapheme_size("éa"))
IO.inspect(String.next_grapheme_size(""))

defmodule Padding do
  def table(rows) do
    Enum.map(rows, fn {k, v} -> String.ljust(k, 8) <> String.rjust(Integer.to_string(v), 4) end)
  end
end

Enum.each(Padding.table([{"apples", 3}, {"kiwis", 12}]), &IO.puts/1)
