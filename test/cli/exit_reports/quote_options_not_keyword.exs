x = quote 1 do
  1
end
