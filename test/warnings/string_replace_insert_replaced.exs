# String.replace/4 with the deprecated :insert_replaced option warns at run time from
# String.replace_guarded/4, once per call
defmodule Inserting do
  def go(s), do: String.replace(s, "b", "[]", insert_replaced: 1)
end

IO.puts(Inserting.go("abc"))
IO.puts(String.replace("aaa", "a", "b", insert_replaced: 0, global: false))
