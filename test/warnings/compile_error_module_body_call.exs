# an undefined local call in a module's body code (not in a def): the top level's wording
defmodule BodyCall do
  @value 1
  setup_things(@value)
end
