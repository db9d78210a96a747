f = fn -> ; 1 end
IO.inspect f.()
g = fn ->
; 2 end
IO.inspect g.()
h = fn x -> 

 ; x end
IO.inspect h.(3)
k = fn ->
 1 ; 2 end
IO.inspect k.()
