# a literal float written as an integer segment is Elixir's conflict of types, raised by its
# bitstring expander (a literal integer may be an integer, float or utf segment)
IO.puts("never printed")
ok = <<1::float, 65::utf8, 2::integer>>
bad = <<1.5::integer-size(8)>>
