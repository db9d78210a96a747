# io_lib:fread/3 (the continuation form behind :io.fread) reads a line at a time: a line read to its
# end leaves only the lines after it (its line end taken), one read partly keeps the rest with its
# line end; \r\n and a lone \r end lines too; input without a line end asks for more
for s <- [~c"42\n", ~c"42 43\n", ~c"def\nxyz\n", ~c"42\nfoo\n", ~c"42  \n", ~c"42", ~c"4\r\n5", ~c"4\r5\n", ~c"\n\n 7 8\n", ~c"1\n2\n"],
    f <- [~c"~d", ~c"~d ~d", ~c"~s~l", ~c"~d~d~l"] do
  r =
    case :io_lib.fread([], s, f) do
      {:more, c} -> {:more, :io_lib.fread(c, :eof, f)}
      o -> o
    end

  IO.inspect({s, f, r})
end

IO.inspect(:io_lib.fread([], :eof, ~c"~d"))
