defmodule Parse do
  def cmd(~c"quit"), do: :quit
  def cmd(~c"help"), do: :help
  def cmd(other) when is_list(other), do: {:unknown, other}

  def word(~s(yes)), do: true
  def word(~S(no\n)), do: :raw_no
  def word(_), do: false

  def pair(~w(a b)a), do: :ab_atoms
  def pair(~w(x y)), do: :xy_strings
  def pair(~w(c d)c), do: :cd_charlists
  def pair(_), do: :none
end

IO.inspect(Enum.map(['quit', 'help', 'x'], &Parse.cmd/1))
IO.inspect(Enum.map(["yes", "no\\n", "no\n"], &Parse.word/1))
IO.inspect(Enum.map([[:a, :b], ["x", "y"], ['c', 'd'], []], &Parse.pair/1))
~c"héllo" = 'héllo'
~s"tab\t" = "tab\t"
IO.inspect(match?(~c"ab", 'ab'))
case "line\n" do
  ~s(line\n) -> IO.puts("escaped newline matched")
end
