f = fn ->
  quote unknown: true do
    1
  end
end
