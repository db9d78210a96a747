def² = 1
