# Path functions take chardata: nil, an atom or a number fails in IO.chardata_to_string/1 with a
# FunctionClauseError, under the Path functions that called it (which differ per argument);
# Path.type/1 and Path.join/1 fail in their own clauses, Path.wildcard in :unicode
defmodule Try do
  def go(name, f) do
    try do
      IO.inspect({name, f.()})
    rescue
      e ->
        frames = Enum.map(__STACKTRACE__, fn {m, f, a, loc} -> {m, f, a, loc[:line]} end)
        IO.inspect({name, e, Enum.take(frames, 5)})
    end
  end
end

Try.go(:join2_left, fn -> Path.join(nil, "b") end)
Try.go(:join2_right, fn -> Path.join("a", :b) end)
Try.go(:join2_int, fn -> Path.join("a", 1) end)
Try.go(:join2_charlists, fn -> Path.join('a', ["b", ?c]) end)
Try.go(:join1_first, fn -> Path.join([nil, "a"]) end)
Try.go(:join1_later, fn -> Path.join(["a", "b", nil, "c"]) end)
Try.go(:join1_only, fn -> Path.join([:a]) end)
Try.go(:join1_empty, fn -> Path.join([]) end)
Try.go(:join1_no_list, fn -> Path.join(:x) end)
Try.go(:basename, fn -> Path.basename(:a) end)
Try.go(:basename2, fn -> Path.basename("a.ex", nil) end)
Try.go(:dirname, fn -> Path.dirname(nil) end)
Try.go(:extname, fn -> Path.extname(1.5) end)
Try.go(:rootname, fn -> Path.rootname(nil) end)
Try.go(:rootname2, fn -> Path.rootname(nil, ".ex") end)
Try.go(:expand, fn -> Path.expand(nil) end)
Try.go(:expand2, fn -> Path.expand("a", nil) end)
Try.go(:absname, fn -> Path.absname(nil) end)
Try.go(:absname2, fn -> Path.absname("a", :b) end)
Try.go(:split, fn -> Path.split(:a) end)
Try.go(:type, fn -> Path.type(nil) end)
Try.go(:relative, fn -> Path.relative(nil) end)
Try.go(:relative_to, fn -> Path.relative_to(nil, "/a") end)
Try.go(:relative_to2, fn -> Path.relative_to("/a/b", nil) end)
Try.go(:relative_to_cwd, fn -> Path.relative_to_cwd(nil) end)
Try.go(:safe_relative, fn -> Path.safe_relative(nil) end)
Try.go(:safe_relative_to, fn -> Path.safe_relative_to("a", nil) end)
Try.go(:wildcard, fn -> Path.wildcard(nil) end)
Try.go(:wildcard2, fn -> Path.wildcard(:a, match_dot: true) end)
Try.go(:safe_relative_to_first, fn -> Path.safe_relative_to(nil, "a") end)
Try.go(:join1_last, fn -> Path.join(["a", "b", 3]) end)

defmodule Config do
  def dir(opts), do: Path.join(Keyword.get(opts, :root), "priv")
end

IO.puts(Config.dir(root: "/srv"))
Config.dir([])
