y = 2
x = [x٣y: y]
