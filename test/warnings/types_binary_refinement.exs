# A variable the function follows (an argument, a variable bound once) takes its type from the
# first binary segment it is given in the function's own statements; a later segment of another
# type conflicts (the same type again adds its trace), as does a field read; a segment in a
# branch (case clause, if, fn) gives no type after it
defmodule Packet do
  def frame(payload), do: <<payload::binary, payload>>
  def header(tag, body), do: <<tag::integer, body::binary, tag::binary>>

  def encode(name) do
    greeting = "hello " <> name
    {greeting, <<name::float>>}
  end

  def twice(data) do
    first = data <> "a"
    second = data <> "b"
    {first, second, <<data>>}
  end

  def floats(x) do
    a = <<x::float>>
    b = <<x::integer>>
    {a, b}
  end

  def chars(c) do
    a = <<c::utf8>>
    {a, <<c::binary>>}
  end

  def sized(x) do
    <<x::binary-size(2), x>>
  end

  def field(x) do
    y = <<x>>
    {y, x.size}
  end

  def guarded(x) when is_binary(x) do
    y = x <> "a"
    {y, <<x>>}
  end

  def later_branch(x, flag) do
    a = <<x::binary>>
    case flag do
      true -> <<x>>
      false -> a
    end
  end

  # no warning: branches, fns, numbers that fit, a variable bound again
  def branches(x, flag) do
    case flag do
      true -> <<x::binary>>
      false -> <<x>>
    end
  end

  def in_if(x), do: if(x > 1, do: <<x::binary>>, else: <<x>>)

  def in_fn(x) do
    f = fn -> <<x::binary>> end
    {f, <<x>>}
  end

  def fits(x) do
    a = <<x::integer>>
    b = <<x::float>>
    {a, b}
  end

  def rebound(x) do
    a = <<x::binary>>
    x = 1
    {a, <<x>>}
  end
end

IO.puts(:done)
