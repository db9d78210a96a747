# Code.eval_file/require_file/compile_file of a file that is no UTF-8 text: the
# UnicodeConversionError of Code.find_file!/2's String.to_charlist/1
dir = Path.join(System.tmp_dir!(), "code_file_not_utf8_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "bad.exs")
File.write!(path, <<"IO.puts(\"a\")\nx = \"", 255, "\"\n">>)

for f <- [&Code.eval_file/1, &Code.require_file/1, &Code.compile_file/1] do
  try do
    f.(path)
  rescue
    e ->
      IO.inspect(e)
      IO.inspect(Enum.take(__STACKTRACE__, 3))
  end
end

File.rm_rf!(dir)
