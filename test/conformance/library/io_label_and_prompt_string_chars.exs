# IO.inspect's label and IO.gets/getn/warn's prompt or message, when not chardata, go through
# String.Chars (a struct's own implementation too); where it has none, Protocol.UndefinedError under
# the IO function's frame at the line of Elixir's to_chardata/1, which is inlined there (767)
defmodule P do
  defstruct [:x]

  defimpl String.Chars do
    def to_string(p), do: "P#{p.x}"
  end
end

defmodule Run do
  def run do
    IO.inspect(1, label: ~D[2020-01-01])
    IO.inspect([a: 1], label: %P{x: 3})
    IO.inspect(1, label: :atom)
    IO.inspect(1, label: 2.5)
    IO.inspect(1, label: 'cl')
    IO.inspect(1, label: nil)
    IO.inspect(:stdio, %{b: 2}, label: URI.parse("http://h/p"), structs: false)

    for call <- [
          fn -> IO.inspect(1, label: %{a: 1}) end,
          fn -> IO.inspect(:stdio, 1, label: {:a}) end,
          fn -> IO.gets({:a, 1}) end,
          fn -> IO.getn({:a, 1}, 1) end,
          fn -> IO.getn(:stdio, {:a, 1}, :eof) end,
          fn -> IO.warn({:a}) end,
          fn -> IO.warn({:a}, [{M, :f, 1, []}]) end
        ] do
      try do
        call.()
      rescue
        e ->
          IO.puts(Exception.message(e))
          __STACKTRACE__ |> Enum.take(3) |> Enum.each(&IO.inspect/1)
      end
    end
  end
end

Run.run()
IO.inspect(1, label: {:a, 1})
