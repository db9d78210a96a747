defmodule Mc do
end
import Mc
