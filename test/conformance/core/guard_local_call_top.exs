# a local call in a guard at the top level: no function by that name
case 1 do
  x when positive(x) -> x
end
