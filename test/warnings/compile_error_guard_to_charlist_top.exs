case 1 do
  x when to_charlist(x) == [] -> 1
end
