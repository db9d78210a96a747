# :io.fread/2,3 reads fields by an io_lib:fread format from standard input (and a StringIO), across
# as many lines as the fields need; a field that does not read is an error that takes the line,
# the end of input :eof (or :input's error for a field cut short); the prompt is written first
{:ok, [n]} = :io.fread(~c"count> ", ~c"~d")
IO.inspect(n, label: "n")
nums = for _ <- 1..n, do: (with {:ok, [x]} <- :io.fread(~c"", ~c"~d"), do: x)
IO.inspect(nums, label: "nums")
IO.inspect(:io.fread(~c"", ~c"~s ~a ~f"))
IO.inspect(:io.fread(:standard_io, ~c"", ~c"~#~c"))
IO.inspect(:io.fread(~c"", ~c"~3d~d"))
IO.inspect(:io.fread(~c"", ~c"~d"))
IO.inspect(:io.fread(~c"", ~c"~s"))
IO.inspect(:io.fread(~c"", ~c"~d ~d"))
IO.inspect(:io.fread(~c"", ~c"~d"))
{:ok, dev} = StringIO.open("7 8\n\n  9 x\n")
IO.inspect(:io.fread(dev, ~c"", ~c"~d ~d"))
IO.inspect(:io.fread(dev, ~c"", ~c"~d ~d"))
IO.inspect(:io.fread(dev, ~c"", ~c"~d"))
IO.inspect(StringIO.contents(dev))
