# the library frame a raising call leaves on top of the stack trace: Elixir 1.14's file and line
cases = [
  fn -> Keyword.fetch!([a: 1], :b) end,
  fn -> Keyword.update!([a: 1, c: 2], :b, & &1) end,
  fn -> Map.update!(%{a: 1}, :b, & &1) end,
  fn -> Access.fetch!(%{a: 1}, :b) end,
  fn -> Date.from_iso8601!("2024-13-01") end,
  fn -> Range.new(1, 2, 0) end,
  fn -> Task.await(Task.async(fn -> Process.sleep(5000) end), 10) end,
  fn -> Process.flag(:trap_exit, true); Task.await(Task.async(fn -> exit(:boom) end)) end
]

for c <- cases do
  try do
    c.()
  catch
    kind, _ ->
      frames = Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m not in [:erl_eval, :elixir_compiler_0] end)
      IO.inspect({kind, Enum.take(frames, 2)})
  end
end
