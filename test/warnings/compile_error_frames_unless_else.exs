x = 1
unless x > 1 do
  :small
else
  [big]
end
