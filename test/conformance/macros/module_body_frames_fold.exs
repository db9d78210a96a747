# a file of defmodules only: Elixir compiles them one by one under a lists:foldl
defmodule A do
  def a, do: 1
end
defmodule B do
  try do
    raise "boom"
  rescue
    e -> IO.inspect(__STACKTRACE__, label: "st")
  end
end
defmodule C do
  IO.inspect(__ENV__.function)
end
defmodule D do
  try do
    raise "boom"
  rescue
    e -> IO.inspect(__STACKTRACE__, label: "st")
  end
end
