# An undefined function in a catch clause's body: the clauses' and the try's keywords' frames
try do
  throw(1)
catch
  x -> undefined_here(x)
end
