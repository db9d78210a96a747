# io_lib:fread/2 where a field meets white space: ~- reads none, the others skip it (a width
# counts it); input that ends after it is no field (an empty ~s/~a without a width), before it more
for {f, s} <- [{'~-', ' '}, {'~#', ' '}, {'~u', ' '}, {'~2s', ' '}, {'~s~d', '  '}, {'~a~s', ' x'}, {'~d', ' '}, {'~s', ' '}, {'~a', ' '}, {'~f', ' '}, {' ~d', ' '}, {'~-~d', '-5'}, {'~-', '+'}, {'~-', 'x'}, {'~2a', ' '}, {'~3d', ' 12345'}, {'~2d', '   5'}, {'~d', '  '}, {'~d', ''}, {'~d ~d', '1 '}, {'~d~d', '1 '}, {'~c', ' '}] do
  IO.inspect({f, s, :io_lib.fread(f, s)})
end
