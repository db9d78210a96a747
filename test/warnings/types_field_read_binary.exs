defmodule TypesFieldReadBinary do
  def i(x) do
    IO.puts(x.field)
    x <> "a"
  end

  def reads(x) do
    a = x.a
    b = x.b
    <<x::binary, a::binary, b::binary>>
  end

  def integer(x) do
    IO.puts(x.field)
    <<x::integer>>
  end

  def bare(x) do
    IO.puts(x.field)
    <<x>>
  end

  def twice(x) do
    IO.puts(x.f)
    IO.puts(x.f)
    <<x::float>>
  end

  def one_line(x) do
    {x.f, x.g}
    <<x::utf8>>
  end

  def later(x) do
    y = x.b
    <<y::binary, x::binary>>
  end

  def in_case(x) do
    case x.f do
      _ -> <<x::binary>>
    end
  end

  def fun_call(x) do
    IO.puts(x.field)
    x.fun()
  end

  def fun_call_after_reads(x) do
    IO.puts(x.a)
    IO.puts(x.b)
    x.fun()
  end
end
