x = 1.5
y = 0
r = try do x..2 rescue e -> e end
IO.inspect r
r = try do 1..5//y rescue e -> e end
IO.inspect r
z = 1..2
r = try do z..3 rescue e -> e end
IO.inspect r
