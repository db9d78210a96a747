# a call as a typed segment's value in a case pattern at a script's top level
x = "a"
case x do
  <<1, String.length("a")::8>> -> 1
end
