# binary_part/3 (:erlang.binary_part) names the argument out of range as OTP 25 does: the start
# when it lies outside the binary, else the length, a negative length counting back from the
# start (binary_part("abc", 0, -2) blames the length, binary_part("abc", 4, -1) the start)
header = "abc"

for {start, len} <- [{0, -2}, {0, 4}, {4, 0}, {3, 1}, {-1, 1}, {1, -2}, {2, -3}, {5, -1}, {4, -1}, {3, -4}, {3, -3}, {1, 2}] do
  result =
    try do
      binary_part(header, start, len)
    rescue
      e in ArgumentError -> e.message |> String.split("\n", trim: true) |> List.last() |> String.trim()
    end

  IO.inspect({start, len, result})
end

parse = fn packet, size -> binary_part(packet, 1, size) end
parse.(<<3, "ab">>, 3)
