case 1 do
  y when %{y | a: 1} -> 1
end
