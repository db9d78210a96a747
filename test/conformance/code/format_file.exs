File.write!("fmt_tmp_ff_in.ex", "defmodule X do\ndef a(x),do: x+1\nend\n")
IO.inspect IO.iodata_to_binary(Code.format_file!("fmt_tmp_ff_in.ex"))
try do
  Code.format_file!("fmt_tmp_nonexistent.ex")
rescue
  e -> IO.inspect(e)
end
try do
  Code.format_string!(:atom)
rescue
  e -> IO.inspect(e.__struct__)
end
File.write!("fmt_tmp_ff_bad.ex", "x = (")
try do
  Code.format_file!("fmt_tmp_ff_bad.ex")
rescue
  e -> IO.inspect(e)
end
File.write!("fmt_tmp_ff_empty.ex", "")
IO.inspect IO.iodata_to_binary(Code.format_file!("fmt_tmp_ff_empty.ex"))
Enum.each(["fmt_tmp_ff_in.ex", "fmt_tmp_ff_bad.ex", "fmt_tmp_ff_empty.ex"], &File.rm/1)
