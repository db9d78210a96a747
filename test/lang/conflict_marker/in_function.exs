defmodule M do
  def f do
<<<<<<< HEAD
    1
=======
    2
>>>>>>> other
  end
end
