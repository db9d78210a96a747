# text after a heredoc opening: the error is at the heredoc token (1:5)
x = """ )
abc
"""
