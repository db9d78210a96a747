# require of a module that does not exist, in a module body: no stack trace under the error
defmodule Outer do
  require NoSuchModule
end
