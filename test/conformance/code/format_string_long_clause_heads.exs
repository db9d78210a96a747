# Elixir 1.14's formatter: a -> clause whose sole pattern is too long for its line with ` ->`
# breaks the pattern (a tuple between its elements: `{:ok,\n {...}} ->`, the last line's ` ->`
# passing the width if it must); a shorter one stays on its line.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("case x do\n  {:ok, {size, type, access, atime, mtime, ctime, mode, links, major, minor, inode, uid, gid, aaaa}} ->\n    :ok\n  {:error, _} = e -> e\nend")
t.("case x do\n  {:ok, {size, type, access, atime, mtime, ctime, mode, links, major, minor, inode, uid, gid, aaaaaa}} -> :ok\nend")
t.("case x do\n  {:ok, {size, type, access, atime, mtime, ctime, mode, links, major, minor, inode, uid}} -> :ok\nend")
t.("receive do\n  {:reply, ref, {:some_long_status_atom, payload_value, another_value, yet_another_value_x}} -> :ok\nend")
