x = 1 # a comment
<<<<<<<x
