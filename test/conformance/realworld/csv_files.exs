defmodule CSV do
  def parse_line(line) do
    line
    |> String.trim_trailing("\n")
    |> String.trim_trailing("\r")
    |> do_parse([], "", false)
  end

  defp do_parse("", acc, field, _q), do: Enum.reverse([field | acc])
  defp do_parse(~s("") <> rest, acc, field, true), do: do_parse(rest, acc, field <> ~s("), true)
  defp do_parse(~s(") <> rest, acc, field, q), do: do_parse(rest, acc, field, not q)
  defp do_parse("," <> rest, acc, field, false), do: do_parse(rest, [field | acc], "", false)
  defp do_parse(<<c::utf8, rest::binary>>, acc, field, q), do: do_parse(rest, acc, <<field::binary, c::utf8>>, q)

  def encode_field(f) do
    f = to_string(f)
    if String.contains?(f, [",", "\"", "\n"]), do: ~s(") <> String.replace(f, ~s("), ~s("")) <> ~s("), else: f
  end
end

defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "csv_demo_#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    src = Path.join(dir, "sales.csv")

    rows = [
      ["region", "product", "units", "price"],
      ["north", "Widget, large", "10", "2.50"],
      ["south", ~s(The "best" gadget), "3", "10.00"],
      ["north", "gizmo", "7", "1.25"],
      ["east", "widget", "x", "2.50"],
      ["south", "gizmo", "4", "1.25"]
    ]

    File.write!(src, Enum.map_join(rows, "\r\n", fn r -> Enum.map_join(r, ",", &CSV.encode_field/1) end) <> "\r\n")
    IO.puts(File.read!(src))
    IO.inspect(File.stat!(src).size, label: "bytes")
    IO.inspect(File.exists?(src), label: "exists")

    {[header], data} = src |> File.stream!() |> Stream.map(&CSV.parse_line/1) |> Enum.split(1)
    IO.inspect(header, label: "header")

    {good, bad} =
      data
      |> Enum.map(fn row -> Enum.zip(header, row) |> Map.new() end)
      |> Enum.split_with(fn r -> match?({_, ""}, Integer.parse(r["units"])) end)

    IO.inspect(Enum.map(bad, & &1["product"]), label: "bad rows")

    totals =
      good
      |> Enum.group_by(& &1["region"], fn r -> String.to_integer(r["units"]) * String.to_float(r["price"]) end)
      |> Enum.map(fn {region, xs} -> {region, Float.round(Enum.sum(xs), 2)} end)
      |> Enum.sort_by(&elem(&1, 1), :desc)

    IO.inspect(totals, label: "totals")

    out = Path.join(dir, "report.txt")
    {:ok, file} = File.open(out, [:write, :utf8])
    for {region, total} <- totals, do: IO.write(file, "#{String.pad_trailing(region, 6)}#{:erlang.float_to_binary(total, decimals: 2)}\n")
    File.close(file)
    IO.write(File.read!(out))

    File.write!(out, "appended\n", [:append])
    IO.inspect(File.read!(out) |> String.split("\n", trim: true) |> length(), label: "lines")
    IO.inspect(File.ls!(dir) |> Enum.sort(), label: "ls")
    IO.inspect(File.read(Path.join(dir, "missing.csv")), label: "missing")
    IO.inspect(Path.extname(src), label: "ext")
    IO.inspect(Path.basename(src, ".csv"), label: "base")
    IO.inspect(Path.rootname("a/b/c.tar.gz"))
    IO.inspect(Path.split("/usr/local/bin"))
    IO.inspect(Path.relative_to("/a/b/c", "/a"))
    try do
      File.read!(Path.join(dir, "nope.txt"))
    rescue
      e in File.Error -> IO.puts(String.replace(Exception.message(e), dir, "DIR"))
    end
    {:ok, removed} = File.rm_rf(dir)
    IO.inspect(length(removed), label: "removed")
    IO.inspect(File.dir?(dir), label: "dir after")
  end
end

Main.run()
