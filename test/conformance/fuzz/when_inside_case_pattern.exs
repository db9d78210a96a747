# `when` nested in a clause's pattern at a script's top level: an undefined function when/2
case {1} do
  {x when true} -> IO.puts(x)
end
