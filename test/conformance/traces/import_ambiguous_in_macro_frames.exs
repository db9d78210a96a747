# An ambiguous imported call inside what macros expand to (unless gives an if): Elixir's
# expand_quoted prunes the dispatch frames, leaving each expansion's frame and its caller's
defmodule Cart do
  import String

  def describe(items) do
    unless items == [] do
      "#{length(items)} items"
    end
  end
end
