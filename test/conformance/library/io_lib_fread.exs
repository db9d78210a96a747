# :io_lib.fread/2: fields ~d ~u ~- ~# ~f ~s ~a ~c ~l (widths, ~* suppression), white space, literals, :more and errors
for {f, i} <- [{'~d ~s', '12 abc'}, {'~d', ''}, {'~d', 'x'}, {'~d~d', '12'}, {'~s', '  abc def'}, {'~a', 'hello world'}, {'~f', '1.5 x'}, {'~f', '1'}, {'~f', '2.5e3'}, {'~c', 'xyz'}, {'~3c', 'xyz'}, {'~u', '-1'}, {'~-~d', '-5'}, {'~#', '16#ff'}, {'~l', 'abc'}, {'~*d ~d', '1 2'}, {'~3d', '12345'}, {'abc~d', 'abc5'}, {'abc', 'abd'}, {'~d', '  -42rest'}, {'~s~l', 'ab'}, {'~e', '1.0e2'}, {'~g', '3.0'}, {' ~d', '7'}, {'~d ~d', '1\n2'}, {'~s', ''}, {'x', 'x'}, {'~5s', 'abcdefg'}, {'~d', '+3'}] do
  IO.inspect({f, i, :io_lib.fread(f, i)})
end
IO.inspect :io_lib.fread(~c"~d,~d", ~c"3,4 tail")
IO.inspect :io_lib.fread(~c"~2d~2d", ~c"1234")
IO.inspect :io_lib.fread(~c"~#", ~c"2#102")
IO.inspect :io_lib.fread(~c"~a~~", ~c"x~")
