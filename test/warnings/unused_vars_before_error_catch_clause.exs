# top-level terms and a catch clause's variables before the failing clause
x = 1
y = 2
1
:atom
case x do
  q -> 1
end
try do
  1
rescue
  e in ArgumentError -> 1
catch
  k -> nope()
end
