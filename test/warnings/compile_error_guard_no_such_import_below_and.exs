case 1 do b when b > 1 and (b < 5 or (b > 7 and is_integer(nope(b)))) -> 2 end
