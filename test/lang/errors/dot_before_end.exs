if true do
  x = 1
  x.
end
