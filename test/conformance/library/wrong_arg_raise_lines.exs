# Library functions given a wrong argument raise from the line of Elixir 1.14's source where the
# raise (or the failing call) stands, not from the function's first line: the message and the
# library's frames down to the caller
defmodule Main do
  def show(label, f) do
    try do
      f.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("Stream.cycle([])", fn -> Stream.cycle([]) end)
    show("Date.new(1, 2, :a)", fn -> Date.new(1, 2, :a) end)
    show("Date.new(1, 2, 3, NoCalendar)", fn -> Date.new(1, 2, 3, NoCalendar) end)
    show("Time.new!(25, 0, 0)", fn -> Time.new!(25, 0, 0) end)
    show("NaiveDateTime.new!(2020, 1, 1, 25, 0, 0)", fn -> NaiveDateTime.new!(2020, 1, 1, 25, 0, 0) end)
    show("Version.parse!(\"x\")", fn -> Version.parse!("x") end)
    show("Version.parse_requirement!(\"x\")", fn -> Version.parse_requirement!("x") end)
    show("Version.match?(\"x\", \"> 1\")", fn -> Version.match?("x", "> 1") end)
    show("Version.match?(\"x\", \"~> 1.0\")", fn -> Version.match?("x", "~> 1.0") end)
    show("Version.compare(\"1.0.0\", \"x\")", fn -> Version.compare("1.0.0", "x") end)
    show("Version.compare(\"x\", \"1.0.0\")", fn -> Version.compare("x", "1.0.0") end)
    IO.inspect(Version.compare("1.0.0", "1.0.1"))
    IO.inspect(Date.new(2020, 2, 30))
    IO.inspect(Stream.cycle([1, 2]) |> Enum.take(3))
  end
end

Main.run()
