# a function imported from two modules is a CompileError where it is called
import String
import Enum, only: [reverse: 1]
IO.inspect reverse("abc")
