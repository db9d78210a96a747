# @file names the file of the next definition's frames (and of the fns written in it); the
# lines stay the source's; the {file, line} form names the file too; the def after it is back
# in the script's file
defmodule FileAttr do
  @file "gen_server.erl"
  def in_fn(x), do: twice(fn y -> fail(y) + 1 end, x)
  def next(x, _), do: fail(x) + 1

  @file {"lib/other.ex", 12}
  def clauses(x) when x > 5, do: fail(x) + 1
  def clauses(x), do: fail(x) + 2

  @file "lib/private.ex"
  defp hidden(x), do: fail(x) + 3
  def via_private(x), do: hidden(x) + 4

  def twice(f, x), do: f.(x) + f.(x)
  def fail(x), do: if(x > 0, do: :erlang.error({:failed, x}), else: x)
end

show = fn f ->
  try do
    f.()
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
  end
end

show.(fn -> FileAttr.in_fn(1) end)
show.(fn -> FileAttr.next(1, 2) end)
show.(fn -> FileAttr.clauses(9) end)
show.(fn -> FileAttr.clauses(1) end)
show.(fn -> FileAttr.via_private(1) end)

try do
  FileAttr.clauses(1)
rescue
  e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 2)))
end
