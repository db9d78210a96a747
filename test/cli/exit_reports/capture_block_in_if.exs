if true do
  &(&1; &2)
end
