try do
  :io.format("~d~n", [1])
rescue
  e -> IO.inspect(e)
end
:io.format("~w~n", [1, 2])
