defmodule Names do
  def short?(names) do
    Enum.filter(names, fn
      name when String.valid?(name) -> true
      _ -> false
    end)
  end
end

IO.inspect(Names.short?(["ann", "bob", "claire"]))
