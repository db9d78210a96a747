# put_chars requests made with :io.request/2 and :file.write/2 to the console's standard output
# (no group leader set): written as OTP 25's console writes them, or refused with its errors
for data <- ["plain\n", <<200, 10>>, [233, 10], ["a", 233, 10], [<<195, 169>>, 10], <<195, 169, 10>>, [300, 10], :bad] do
  IO.inspect(:io.request(:standard_io, {:put_chars, :latin1, data}), label: "latin1")
end
for data <- ["é\n", [233, 10], :bad, [-1]] do
  IO.inspect(:io.request(:standard_io, {:put_chars, :unicode, data}), label: "unicode")
end
IO.inspect(:io.request(:standard_io, {:put_chars, :unicode, :io_lib, :format, ['~p~n', [{1, :a}]]}), label: "mfa")
IO.inspect(:io.request(:standard_io, {:put_chars, :unicode, :io_lib, :format, ['~p~n', 1]}), label: "bad mfa")
IO.inspect(:io.request(:standard_io, {:put_chars, "old style\n"}), label: "old")
IO.inspect(:io.requests(:standard_io, [{:put_chars, :unicode, "x\n"}, {:put_chars, :unicode, "y\n"}]), label: "requests")
for data <- [<<200, 10>>, [233, 10], ["ab", ?c, 10], :bad, [1 | 2]] do
  IO.inspect(:file.write(:standard_io, data), label: "file.write")
end
IO.inspect(:io.put_chars(:standard_io, <<255, 10>>), label: "raw bytes")
IO.inspect(:io.put_chars(<<254, 10>>), label: "raw bytes")
IO.inspect(try do :io.put_chars(:standard_error, <<255, 10>>) rescue e -> Exception.message(e) end)
