# A float segment of a literal size is checked when Elixir expands it: size*unit must be 16, 32
# or 64 ("float requires size*unit to be 16, 32, or 64 (default), got: N"), in a construction
# or a pattern; sizes given by variables fail at run time instead
codes = [
  "<<1.5::float-size(3)>>",
  "fn x -> <<x::float-size(24)>> end",
  "fn <<x::float-size(8)-unit(3)>> -> x end",
  "<<1.0::float-size(2)-unit(8)>>",
  "<<1::float-size(1)>>",
  "<<1.5::size(8)-float>>",
  "<<x::float-size(4)-unit(4)>> = <<1.5::float-size(16)>>; x",
  "<<1.5::float-size(8)-unit(2)>>",
  "<<1.5::float-32>>",
  "<<x::float-size(64)>> = <<1.5::float>>; x"
]

for code <- codes do
  try do
    IO.inspect(Code.eval_string(code) |> elem(0))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

n = 12
try do
  <<1.5::float-size(n)>>
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(<<1.5::float-size(16)>>)
