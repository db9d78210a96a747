# the library frame a raising call leaves on top of the stack trace: Elixir 1.14's file and line
cases = [
  fn -> Keyword.fetch!([a: 1], :b) end,
  fn -> Keyword.update!([a: 1, c: 2], :b, & &1) end,
  fn -> Map.update!(%{a: 1}, :b, & &1) end,
  fn -> Access.fetch!(%{a: 1}, :b) end,
  fn -> Date.from_iso8601!("2024-13-01") end,
  fn -> Range.new(1, 2, 0) end,
  fn -> Task.await(Task.async(fn -> Process.sleep(5000) end), 10) end,
  fn -> Process.flag(:trap_exit, true); Task.await(Task.async(fn -> exit(:boom) end)) end,
  fn -> Date.new!(2024, 2, 30) end,
  fn -> NaiveDateTime.from_iso8601!("x") end,
  fn -> DateTime.from_unix!(1.0) end,
  fn -> DateTime.from_unix!(10 ** 20) end,
  fn -> Time.from_iso8601!("25:00:00") end,
  fn -> Regex.compile!("(") end,
  fn -> MapSet.new(1) end
]

for c <- cases do
  try do
    c.()
  catch
    kind, _ ->
      frames =
        for {m, f, a, loc} <- __STACKTRACE__, m not in [:erl_eval, :elixir_compiler_0],
            do: {m, f, if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]}

      IO.inspect({kind, Enum.take(frames, 2)})
  end
end
