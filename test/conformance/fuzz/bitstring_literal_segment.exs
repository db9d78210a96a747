# a segment written as <<...>> is a bitstring segment (binary when binary or bytes is named);
# endianness on it is accepted and changes nothing (found by scripts/fuzz-diff.mjs seed 9714)
x = Function.identity(5)
IO.inspect(<< <<1>>::little >>)
IO.inspect(<< <<1, 2>>::big, 3 >>)
IO.inspect(<< <<1>>::bytes, <<x::4>> >>)
IO.inspect(<< <<1::3>>, 1 >>)
IO.inspect(<< <<1::3>>::bits-native, <<x>>::bitstring >>)
IO.inspect(<< <<x, x::3>>, <<>>::binary >>)
