use Bitwise
IO.inspect 1 &&& 3
