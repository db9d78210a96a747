x = quote unknown: true do
  1
end

IO.inspect(x)
