# a call without parentheses whose sole argument is a list or map too long for the line: the
# container opens on the call's line (Elixir 1.14's "next break fits"), in Macro.to_string and
# Code.format_string!
IO.puts Macro.to_string(quote do
  defstruct [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device, :minor_device, :inode, :uid, :gid]
end)
IO.puts Macro.to_string(Code.string_to_quoted!("defstruct [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device,\n :minor_device, :inode, :uid, :gid]"))
IO.puts Macro.to_string(quote do
  assert %{aaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccccccc: 3, dddddddddddddddddddddd: 4}
end)
IO.puts Code.format_string!("defmodule S do\n  defstruct [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device,\n             :minor_device, :inode, :uid, :gid]\nend")
IO.puts Code.format_string!("defp valid_stacktrace?([{m, f, a, l} | t]) when is_atom(m) and is_atom(f) and (is_integer(a) or is_list(a)) and is_list(l), do: valid_stacktrace?(t)")
IO.puts Code.format_string!("def read(device, :eof), do: getn(device, '', :eof, :aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)")
