# :lists.seq/2 fails in its clause (lists.erl:271), :lists.seq/3 with OTP 25's badarg saying which
# argument is no integer or which way the increment must go (lists.erl:299)
for args <- [[5, 1], [:a, 1], [1, :b], [5, 3], [1.0, 2]] do
  try do IO.inspect apply(:lists, :seq, args) rescue e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)}) end
end
for args <- [[5, 1, 1], [1, 5, -1], [1, 5, 0], [1, 1, 0], [:a, 1, 1], [1, :b, :c], [1, 10, 3], [10, 1, -3], [1, 0, 1], [1, 2, 1.0]] do
  try do IO.inspect apply(:lists, :seq, args) rescue e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)}) end
end
