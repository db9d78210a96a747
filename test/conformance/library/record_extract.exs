# Record.extract/2 and extract_all/1 read Erlang record definitions (defaults evaluated, macros,
# includes and nested records expanded), from a file next to the program and from OTP's headers
# (from_lib:), and Record.defrecord builds Elixir accessors from them.
defmodule Geometry do
  require Record
  Record.defrecord(:point, Record.extract(:point, from: "record_extract_geometry.hrl"))
  Record.defrecord(:shape, Record.extract(:shape, from: "record_extract_geometry.hrl"))
  Record.defrecord(:file_info, Record.extract(:file_info, from_lib: "kernel/include/file.hrl"))

  def square(side) do
    shape(name: :square, corner: point(x: side, y: side))
  end

  def width(shape(origin: point(x: x0), corner: point(x: x1))), do: x1 - x0

  def info_size(file_info(size: size)), do: size
end

IO.inspect(Record.extract(:point, from: "record_extract_geometry.hrl"))
IO.inspect(Record.extract(:shape, from: "record_extract_geometry.hrl"))
IO.inspect(Record.extract(:empty, from: "record_extract_geometry.hrl"))
IO.inspect(Record.extract(:unit, from: "record_extract_geometry.hrl"))
IO.inspect(Record.extract_all(from: "record_extract_geometry.hrl") |> Keyword.keys())

sq = Geometry.square(5)
IO.inspect(sq)
IO.inspect(Geometry.width(sq))
IO.inspect(Geometry.info_size({:file_info, 42, :regular, :read_write, nil, nil, nil, 0, 1, 0, 0, 0, 0, 0}))
IO.inspect(Record.extract(:hostent, from_lib: "kernel/include/inet.hrl"))
IO.inspect(Record.extract_all(from_lib: "stdlib/include/zip.hrl") |> Keyword.keys())

for {label, call} <- [
      missing_record: fn -> Record.extract(:nope, from: "record_extract_geometry.hrl") end,
      missing_file: fn -> Record.extract(:point, from: "no_such_file.hrl") end,
      missing_lib: fn -> Record.extract(:x, from_lib: "no_such_app/include/x.hrl") end
    ] do
  try do
    call.()
  rescue
    e -> IO.inspect({label, e.__struct__, Exception.message(e)})
  end
end
