# :io.format's ArgumentError says why as OTP 25's erl_stdlib_errors does: a bad control sequence,
# then the count of arguments, then the type of every bad argument (each on its own line), and
# only then "failed to format string"; ~c takes any integer (its low byte without t), and ~tc of a
# code that is no character formats (io_lib) but cannot be written (put_chars)
cases = [
  {"~c~c ~x~n", [97, 98, 255]}, {"~s ~s", [1, 2]}, {"~f ~s ~p", [1, 2]}, {"~c|~n", [-1]},
  {"~c|~n", [256 + ?a]}, {"~x", [1, 2]}, {"~b", [:a]}, {"~#", [:a]}, {"~+", [1.0]}, {"~x", [:a, "a"]},
  {"~B ~s", [:a, 1]}, {"~10.20s", ["a"]}, {"~*s", [:a, "x"]}, {"~s", [[-1]]}, {"~z", []}, {"~", []},
  {"~w ~w", [1]}, {"~tz", [1]}, {"~lz", [1]}, {"~ltz", [1]}, {"~-z", [1]}, {"~5.2c|~n", [-1]},
  {"~e", [1]}, {"~W", [1, :a]}, {"~ts", [[1 | :a]]}, {"~s", [["a", 1.0]]}, {"~p ~p", [1, 2, 3]},
  {"~i~s", [1]}, {"~tc|", [-1]}, {"~tc|", [0x110000]}, {"~-5tc|", [-1]}
]

for {format, args} <- cases do
  IO.write("#{inspect(format)} #{inspect(args)}: ")

  try do
    :io.format(format, args)
    IO.puts("")
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

for {format, args} <- [{"~c|", [-1]}, {"~tc|", [-1]}, {"~tc|", [0x110000]}, {"~5.2tc|", [-1]}, {"~c", [1180591620717411303424 + ?a]}] do
  IO.inspect(:io_lib.format(format, args))
end
