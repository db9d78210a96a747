# an undefined function as a case clause's guard, after a clause with an unused variable
x = 1
case 1 do
  a -> 1
  b when nope(b) -> 2
end
