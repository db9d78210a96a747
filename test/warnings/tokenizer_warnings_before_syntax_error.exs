# The tokenizer reads the whole file and prints its warnings before the parser fails on line 6
use Bitwise
x = 1 ^^^ 2
a = :"ok"
b = String."length"("x")
y = 1 rescue 2
z = ["e": 1, "f g": 2]
w = %{"k" => 1, "h": 3}
