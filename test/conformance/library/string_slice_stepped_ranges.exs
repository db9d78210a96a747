# String.slice/2 with stepped ranges (take every step-th grapheme) and the negative steps 1.14 rejects
s = "hello world"
for r <- [0..-1//2, 1..8//3, -5..-1//2, 2..20//2, 0..0//5, -3..-1//1, 3..1, -1..-3, 5..2//-1] do
  IO.inspect({r, (try do String.slice(s, r) rescue e -> Exception.message(e) end), (try do String.slice("héllo wörld", r) rescue e -> Exception.message(e) end)})
end
IO.inspect(try do String.slice(s, 5..1//-2) rescue e -> Exception.message(e) end)
IO.inspect(Enum.slice([1,2,3,4,5,6], 0..-1//2))
IO.inspect(Enum.slice(1..10, 1..-2//3))
IO.inspect(Enum.slice([1,2,3,4,5,6], 3..1))
IO.inspect(Enum.slice([1,2,3,4,5,6], -1..-3))
IO.inspect(:binary.part("hello", 1, 2))
