IO.inspect(String.to_atom("ok_atom"))
IO.inspect(:erlang.binary_to_atom(<<104, 105>>, :utf8))
for b <- [<<255>>, <<254>>, <<"a", 0xC3>>] do
  try do
    String.to_atom(b)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
IO.inspect(:erlang.binary_to_atom(<<255>>, :latin1))
String.to_atom(<<255>>)
