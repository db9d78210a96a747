defmodule Mc do
end
use Mc
