# Kernel's sigils without interpolation expand to literals (a regex, a word list, a date, a
# charlist, a binary): `x || 1` and `x && 1` on one test a value known truthy
defmodule W do
  def regex do
    x = ~r/a/
    x || 1
  end

  def regex_opts do
    x = ~r/a/i
    x && 1
  end

  def words do
    x = ~w(a b)
    x || 1
  end

  def atom_words do
    x = ~w(a b)a
    x || 1
  end

  def date do
    x = ~D[2020-01-01]
    x || 1
  end

  def datetime do
    x = ~U[2020-01-01 00:00:00Z]
    x || 1
  end

  def string do
    x = ~s(a)
    x || 1
  end

  def charlist do
    x = ~c(ab)
    x && 1
  end

  def direct do
    ~r/a/ || 1
  end

  # interpolation: Regex.compile! at run time, nothing known
  def interpolated(y) do
    x = ~r/a#{y}/
    x || 1
  end

  def interpolated_string(y) do
    x = ~s(a#{y})
    x || 1
  end
end

IO.puts(W.regex() |> inspect())
IO.puts(W.interpolated("b") |> inspect())
