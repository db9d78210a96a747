x = quote bind_quoted: 1 do
  1
end
