defmodule Nomix do
end
