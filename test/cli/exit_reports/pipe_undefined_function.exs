# an undefined function a pipe calls at the top level: the pipe's expansion frames
[1] |> nope()
