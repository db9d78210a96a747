# require of a value that is no module name
defmodule Shop do
  require "Logger"
end
