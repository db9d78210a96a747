# File.open/1,2,3, File.open!/1 and File.stream!/1 given a path that is no chardata fail in
# IO.chardata_to_string/1 under File.open/2 (lib/file.ex:1432) or File.stream!/3 (1708)
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("open(1)", fn -> File.open(1) end)
    show("open(1, [:read])", fn -> File.open(1, [:read]) end)
    show("open({}, fun)", fn -> File.open({}, fn d -> d end) end)
    show("open!(:a)", fn -> File.open!(1.5) end)
    show("stream!(1)", fn -> File.stream!(1) end)
    show("stream!(1, [], 10)", fn -> File.stream!(%{}, [], 10) end)
  end
end

Main.run()
