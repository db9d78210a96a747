# A call's last fn argument over lines, as Elixir 1.14's formatter lays it out: a call without
# parentheses whose line up to `fn ->` passes the width puts every argument on a line of its own
# after the name; when the line holds `fn` and the head's first argument, a head too long for it is
# laid out after `fn ` (one argument a line, a tuple filling its lines; a guard alone under the
# arguments); else every argument goes on a line of its own.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("def x do\n  assert_raise File.Error, ~r/could not read file .*missing\\.md.*: no such file or directory/, fn ->\n    Notes.read!(dir, \"missing\")\n  end\nend")
t.("def x do\n  foo(File.Error, ~r/could not read file .*missing\\.md.*: no such file or directory/, fn ->\n    Notes.read!(dir, \"missing\")\n  end)\nend")
t.("def x do\n  foo(File.Error, ~r/could not read file .*missing\\.md.*: no such file or directory/, fn x ->\n    Notes.read!(dir, \"missing\")\n  end, 1)\nend")
t.("def x do\n  assert_raise File.Error, ~r/could not read file .*missing\\.md.*: no such file or directory/, fn x ->\n    Notes.read!(dir, \"missing\")\n  end, 1\nend")
t.("Enum.reduce(Map.get(graph, node, %{}), {frontier, dist}, fn {nb, w}, a, {frontier, dist, prev} ->\n  1\nend)")
t.("Enum.reduce(Map.get(graph, node, %{}), {frontier, dist, prev}, fn {nb, w}, {frontier, dist, prev} when is_integer(w) ->\n  1\nend)")
t.("Enum.reduce(Map.get(graph, node, %{}), {frontier, dist, prev, aaaaaaaa, bbbbbbbbbbb}, fn {nb, w}, {frontier, dist, prev} ->\n  1\nend)")
t.("Enum.reduce(Map.get(graph, node, %{}), {frontier, dist, prev, aaaaaaaa, bbbbbbbbbbbbbbbbbbbb}, fn {nb, w}, {frontier, dist, prev} ->\n  1\nend)")
t.("x = Enum.reduce(Map.get(graph, node, %{}), {frontier, dist, prev}, fn {nb, w}, {frontier, dist, prev} ->\n  1\nend)")
t.("Enum.reduce(Map.get(graph, node, %{}), {frontier, dist, prev}, fn {nb, w}, {frontier, dist} ->\n  1\nend)")
