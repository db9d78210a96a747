# a remote call's arguments in a pattern are expanded before the call is refused
Enum.map([1, 2], fn _ -> 1 end) = [1]
