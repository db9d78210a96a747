# an error raised while a Kernel macro expands inside other Kernel macros' expansion: each outer
# macro adds its frame and its caller's, cut to the BEAM's 8 frames
x = 1
if(x && (x || !(1 <> [x])), do: 1)
