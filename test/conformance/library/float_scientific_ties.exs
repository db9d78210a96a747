# OTP prints scientific notation through C's printf: the exact binary value rounded to nearest,
# an exact tie to the even digit (2.5 with no decimals is "2e+00", 8.5 "8e+00", 9.5 "1e+01"),
# where decimals ({:decimals, n}, ~f) round a tie up. float_to_list/1 is printf's "%.20e",
# and io_lib's ~e and ~f start from its digits.
measurements = [2.5, -2.5, 8.5, 9.5, 0.125, 0.375, 1.0625, 920720647779.9072, 6.103515625e-5, 1.5, 0.0, -0.0]

for m <- measurements do
  IO.puts(Enum.join([
    :erlang.float_to_binary(m, scientific: 0),
    :erlang.float_to_binary(m, scientific: 1),
    :erlang.float_to_binary(m, scientific: 2),
    :erlang.float_to_binary(m, scientific: 3),
    :erlang.float_to_binary(m, decimals: 1),
    :erlang.float_to_binary(m, decimals: 2)
  ], "  "))
end

IO.inspect(:erlang.float_to_list(920720647779.9072))
IO.inspect(:erlang.float_to_binary(1.1102230246251565e-16 * 3))
IO.inspect(:lists.concat(['t=', 0.5, 's v=', 920720647779.9072]))
IO.puts(:io_lib.format("~.21e|~.20e|~.3e|~.2f", [920720647779.9072, 920720647779.9072, 1.0625, 0.125]))
bin = :erlang.term_to_binary(6.103515625e-5, minor_version: 0)
IO.inspect(binary_part(bin, 2, 26))
IO.inspect(:erlang.binary_to_term(bin))
