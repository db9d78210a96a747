# charlists: :as_charlists with a list that is no chardata fails in List.to_string/1 under
# Inspect.List.inspect/2 and Kernel.inspect/2
defmodule Show do
  def run do
    for list <- [[1 | 2], [a: 1], [-1], [0x110000]] do
      try do
        inspect(list, charlists: :as_charlists)
      rescue
        e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 4)})
      end
    end
  end
end

Show.run()
