# Code.string_to_quoted!/1 raises a parse error with no frame of Elixir's own: called last, its
# caller's frame is gone too; Code.format_string!/2 raises under its own frame (lib/code.ex:773)
defmodule S do
  def go(s), do: Code.string_to_quoted!(s)
  def go2(s), do: {Code.string_to_quoted!(s)}
  def go3(s), do: Code.string_to_quoted!(s, file: "x.ex")
  def fmt(s), do: Code.format_string!(s)
  def fmt2(s), do: {Code.format_string!(s)}
end

defmodule Main do
  def run do
    for f <- [:go, :go2, :go3, :fmt, :fmt2], s <- ["1 +", "a b c"] do
      try do
        apply(S, f, [s])
      rescue
        e ->
          IO.inspect({f, e.__struct__})
          IO.inspect(Enum.take(__STACKTRACE__, 2))
      end
    end
  end
end

Main.run()
