# A library function given a wrong argument fails under the frames Elixir 1.14's has: List's
# key functions whose :lists call is no tail call keep their own frame (keyfind/4's `|| default`,
# keymember?/3, keytake/3's case, keyfind!/3 at its call's line), and Enum.empty?/1 of a
# non-enumerable fails under its own Enumerable.slice/1 call.
for call <- [
  fn -> List.keyfind(:a, 1, 0) end,
  fn -> List.keyfind(:a, 1, 0, :default) end,
  fn -> List.keyfind!(:a, 1, 0) end,
  fn -> List.keymember?(:a, 1, 0) end,
  fn -> List.keymember?([{2} | :a], 1, 0) end,
  fn -> List.keytake(:a, 1, 0) end,
  fn -> List.keytake([{1} | :a], 2, 0) end,
  fn -> List.keydelete(:a, 1, 0) end,
  fn -> List.keystore(:a, 1, 0, {}) end,
  fn -> Enum.empty?(1) end,
  fn -> Enum.empty?(:atom) end
] do
  try do
    call.()
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e, __STACKTRACE__))
      # (the frames above this file's own, indented as no stack trace: the conformance runner
      # leaves stack traces out)
      library = Enum.take_while(__STACKTRACE__, fn {_, _, _, location} -> location[:file] != 'wrong_argument_caller_frames.exs' end)
      for entry <- library, do: IO.puts("  at " <> Exception.format_stacktrace_entry(entry))
  end
end

IO.puts("done")
