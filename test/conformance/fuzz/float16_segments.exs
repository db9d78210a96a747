# Float segments of 16 bits (IEEE half precision, as OTP 24+): construction rounds to nearest
# (ties to even), a value too large for the size is written as an infinity, and matching an
# infinity or a NaN of any size fails (beamlet raised ArgumentError for float-16 and matched
# float-32 infinities as floats).
IO.inspect(<<1.5::float-16, 3::4>>)
IO.inspect(<<1.5::16-float-little>>)
<<x::float-16, _::bits>> = <<60, 0, 1>>
IO.inspect(x)
IO.inspect(match?(<<_::float-32>>, <<127, 128, 0, 0>>))
IO.inspect(<<65520.0::float-16>>)
for {f, s} <- [{1.5, 16}, {-2.0, 16}, {65504.0, 16}, {65520.0, 16}, {1.0e-7, 16}, {6.0e-8, 16}, {1.0e-8, 16}, {0.1, 16}, {-0.0, 16}, {3, 16}, {1.0e300, 32}, {3.5e38, 32}, {1.0e-50, 32}, {70000, 16}, {2049.0, 16}, {2051.0, 16}] do
  r = try do
    b = <<f::float-size(s)>>
    <<back::float-size(s)>> = b
    {b, back}
  rescue
    e -> Exception.message(e)
  end
  IO.inspect({f, s, r})
end
for b <- [<<0x7C, 0>>, <<0xFC, 0>>, <<0x7E, 0>>, <<0x7F, 0x80, 0, 0>>, <<0, 1>>, <<0x3C, 0>>] do
  IO.inspect(try do
    case b do
      <<x::float-16>> -> {:f16, x}
      <<x::float-32>> -> {:f32, x}
    end
  rescue
    e -> {:no, Exception.message(e)}
  end)
end
IO.inspect(<<1.5::float-16-little>>)
