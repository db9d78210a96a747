if true do
  alias Nope, as: 1
end
