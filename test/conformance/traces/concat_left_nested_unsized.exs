defmodule Parse do
  def header(("GET " <> path) <> " HTTP/1.1"), do: path
end

IO.puts(Parse.header("GET / HTTP/1.1"))
