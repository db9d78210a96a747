# calling a function that no imported module defines
defmodule Tools do
  defmacro inc(x), do: quote(do: unquote(x) + 1)
end

defmodule User do
  import Tools, only: :macros
  def run, do: dec(1)
end
