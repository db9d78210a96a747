# DateTime.from_unix/2 with a bad unit fails in System.convert_time_unit/3 under
# Calendar.ISO.from_unix/2 and DateTime.from_unix/3 at Elixir's lines; DateTime.now!/1 in a zone
# the UTC-only database does not know raises at now!/2's line
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("DateTime.from_unix(1, :foo)", fn -> DateTime.from_unix(1, :foo) end)
    show("DateTime.from_unix(1_700_000_000, :second)", fn -> DateTime.from_unix(1_700_000_000, :second) end)
    show("DateTime.from_unix!(1, :bar)", fn -> DateTime.from_unix!(1, :bar) end)
    show("DateTime.now!(\"Europe/Paris\")", fn -> DateTime.now!("Europe/Paris") end)
    show("DateTime.now(\"Europe/Paris\")", fn -> DateTime.now("Europe/Paris") end)
  end
end

Main.run()
