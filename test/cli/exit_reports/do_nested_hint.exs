if true do do 1 end
