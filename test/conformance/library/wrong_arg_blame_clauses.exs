# A FunctionClauseError raised inside the library names the clauses Elixir 1.14 attempted, written
# as Elixir's source writes them (a binary segment with no type is <<char>>, not <<char::integer>>),
# also when the failing function is a private one (Float.parse_unsigned/1) or another module's
# (String.Break.trim_leading/1)
defmodule Main do
  def show(label, f) do
    try do
      f.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("#{label}: #{Exception.message(blamed)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("String.capitalize(1)", fn -> String.capitalize(1) end)
    show("Float.parse(1)", fn -> Float.parse(1) end)
    show("String.trim_leading(1)", fn -> String.trim_leading(1) end)
    show("String.trim_trailing(1)", fn -> String.trim_trailing(1) end)
    show("String.trim(1)", fn -> String.trim(1) end)
    IO.puts(Macro.to_string({:<<>>, [], [{:"::", [inferred_bitstring_spec: true], [{:c, [], nil}, {:integer, [], []}]}, {:"::", [], [{:r, [], nil}, {:binary, [], []}]}]}))
    IO.puts(Macro.to_string(quote(do: <<c::integer, r::binary>>)))
  end
end

Main.run()
